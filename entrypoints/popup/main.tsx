import { render } from 'preact';

function App() {
  return <main>SimExit KZ</main>;
}

render(<App />, document.getElementById('app')!);
