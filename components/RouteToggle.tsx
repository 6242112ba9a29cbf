import { ROUTES, type Lang, type Route } from '@/data/schema';
import { t } from '@/utils/i18n';

interface Props {
  route: Route;
  lang: Lang;
  onChange: (route: Route) => void;
  /** Distinguishes the radio groups when both overlay and popup render one. */
  name?: string;
  legend: string;
}

/** Online or in an office: a native radio group, so arrow keys and screen readers just work. */
export function RouteToggle({ route, lang, onChange, name = 'sx-route', legend }: Props) {
  return (
    <fieldset class="sx-route">
      <legend class="sx-route__legend">{legend}</legend>
      {ROUTES.map((value) => (
        <label key={value} class={`sx-route__option${value === route ? ' sx-route__option--on' : ''}`}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={value === route}
            onChange={() => onChange(value)}
          />
          <span>{t(lang, `route.${value}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
