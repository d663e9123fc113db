// The bundled example articles (examples/, invented), so a first-time reader can try the form
// without hunting for a news story. Imported as raw text: they are shown in the textarea, as text.
import governor from '../../../examples/sosnovy-brod-governor-toll.txt?raw';
import kyiv from '../../../examples/sosnovy-brod-kyiv-claims.txt?raw';
import casualties from '../../../examples/sosnovy-brod-casualties.txt?raw';
import fund from '../../../examples/sosnovy-brod-rebuild-fund.txt?raw';
import meta from '../../../examples/meta.json';

export interface Example {
  readonly slug: string;
  readonly text: string;
  readonly published: string;
  readonly outlet: string;
}

const texts: Readonly<Record<string, string>> = {
  'sosnovy-brod-governor-toll': governor,
  'sosnovy-brod-kyiv-claims': kyiv,
  'sosnovy-brod-casualties': casualties,
  'sosnovy-brod-rebuild-fund': fund,
};

export const EXAMPLES: readonly Example[] = Object.entries(meta as Record<string, { published: string; outlet: string }>)
  .flatMap(([slug, m]) => {
    const text = texts[slug];
    return text === undefined ? [] : [{ slug, text, published: m.published, outlet: m.outlet }];
  });
