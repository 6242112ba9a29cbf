export default defineBackground(() => {
  // Filled in by the progress/sync work: message handling, badge and reminders.
});
