/**
 * A JSON-stat 2.0 dataset at an address (what PxWeb statistics APIs return) as a source, and the
 * resident's words for what can be wrong with it. The source keeps the dataset as it came: which
 * dimensions to plot is the element's `time`, `series` and `filter`, read at render time.
 */
import { msg, str } from '@lit/localize';
import { DataFailure, failureMessage, urlSource, type LoadError, type Source } from '@hki-widgets/core';
import type { JsonStatError, readJsonStat } from './jsonstat.js';

export interface JsonStatData {
  /** The dataset as it came. */
  dataset: unknown;
  /** The reader, from its own chunk. */
  read: typeof readJsonStat;
}

const describe = (error: LoadError): string =>
  failureMessage(error, {
    load: () => msg('The statistics could not be loaded. Please try again later.'),
    format: () => msg('The statistics are not in the JSON-stat 2.0 format.'),
    timeout: () => msg('Loading the statistics took too long. Please try again later.'),
    tooLarge: () => msg('The statistics could not be shown because the file is too large.'),
  });

/** The JSON-stat reader (jsonstat-toolkit) is a chunk of its own: only pages with statistics load it. */
async function reader(): Promise<typeof readJsonStat> {
  try {
    return (await import('./jsonstat.js')).readJsonStat;
  } catch (error) {
    throw new DataFailure('network', `the JSON-stat reader could not be loaded (${(error as Error).message})`);
  }
}

export function jsonStatSource(src: string): Source<JsonStatData> {
  const source = urlSource<JsonStatData>({
    kind: 'jsonstat',
    src,
    what: 'the statistics',
    describe,
    validate: async (dataset) => {
      const read = await reader();
      // The toolkit reads the dataset now, and the chart picks its series in a later task.
      (await import('./jsonstat.js')).prepareJsonStat(dataset);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { dataset, read };
    },
  });
  return {
    ...source,
    load: (signal) => {
      // The reader downloads while the statistics do; `validate` waits for it.
      reader().catch(() => undefined);
      return source.load(signal);
    },
  };
}

/** What the resident reads (and the console line) when the attributes do not fit the dataset. */
export function jsonStatProblem(error: JsonStatError, src: string): { message: string; detail: string } {
  const where = `statistics from ${src}`;
  switch (error.code) {
    case 'not-jsonstat':
      return {
        message: msg('The statistics are not in the JSON-stat 2.0 format.'),
        detail: `${where}: expected version "2.0", class "dataset"; found ${error.found}`,
      };
    case 'unknown-dimension': {
      const available = error.available.join(', ');
      return {
        message: msg(str`"${error.name}" is not a dimension of these statistics. Available: ${available}.`),
        detail: `${where}: the ${error.attribute} attribute names "${error.name}"; the dimensions are ${available}`,
      };
    }
    case 'unknown-category': {
      const available = error.available.slice(0, 30).join(', ') + (error.available.length > 30 ? ', …' : '');
      return {
        message: msg(str`"${error.name}" is not in the dimension ${error.dimension}. Available: ${available}.`),
        detail: `${where}: filter ${error.dimension}=${error.name}; the categories of ${error.dimension} are ${error.available.join(', ')}`,
      };
    }
    case 'bad-filter':
      return {
        message: msg(str`The filter "${error.part}" should look like dimension=code.`),
        detail: `${where}: cannot read the filter part "${error.part}"`,
      };
    case 'series-is-axis':
      return {
        message: msg(str`"${error.name}" cannot be both the series and the x axis.`),
        detail:
          `${where}: the series attribute names "${error.name}", which is already the x axis ` +
          '(set time to another dimension, or series to another one)',
      };
  }
}
