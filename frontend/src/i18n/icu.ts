/**
 * A small ICU MessageFormat compiler for vue-i18n (the part of ICU our texts use):
 *
 *   {name}                                   a value
 *   {count, plural, =0 {…} one {# …} few {…} many {…} other {…}}   CLDR plural rules (ru/be have one/few/many)
 *   {kind, select, good {…} bad {…} other {…}}
 *   {count, number}                          a number in the reader's locale
 *   '{'  ''                                  quoting, as in ICU: a lone apostrophe is just an apostrophe
 *
 * Translators write the same syntax as in any ICU tool. Messages are parsed once and interpreted,
 * so nothing is evaluated as code (our CSP forbids eval) and vue-i18n's own compiler is not shipped.
 */

type Node =
  | string
  | { kind: 'arg'; name: string }
  | { kind: 'number'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural'; name: string; branches: Map<string, Node[]> }
  | { kind: 'select'; name: string; branches: Map<string, Node[]> };

export class IcuSyntaxError extends Error {
  constructor(message: string, source: string, at: number) {
    super(`${message} at ${at} in "${source}"`);
    this.name = 'IcuSyntaxError';
  }
}

class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): Node[] {
    const nodes = this.message(false, 0);
    if (this.at < this.source.length) this.fail('Unexpected "}"');
    return nodes;
  }

  private fail(message: string): never {
    throw new IcuSyntaxError(message, this.source, this.at);
  }

  /** Text and arguments until an unmatched "}" (or the end). */
  private message(inPlural: boolean, depth: number): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const src = this.source;
    while (this.at < src.length) {
      const ch = src[this.at]!;
      if (ch === '}') break;
      if (ch === '{') {
        if (text) nodes.push(text);
        text = '';
        nodes.push(this.argument(depth));
        continue;
      }
      if (ch === '#' && inPlural) {
        if (text) nodes.push(text);
        text = '';
        nodes.push({ kind: 'pound' });
        this.at += 1;
        continue;
      }
      if (ch === "'") {
        const next = src[this.at + 1];
        if (next === "'") {
          text += "'";
          this.at += 2;
          continue;
        }
        if (next === '{' || next === '}' || (inPlural && next === '#')) {
          const end = src.indexOf("'", this.at + 1);
          if (end === -1) this.fail('Unclosed quote');
          text += src.slice(this.at + 1, end);
          this.at = end + 1;
          continue;
        }
      }
      text += ch;
      this.at += 1;
    }
    if (text) nodes.push(text);
    return nodes;
  }

  private skipSpace(): void {
    while (/\s/.test(this.source[this.at] ?? '')) this.at += 1;
  }

  private word(): string {
    this.skipSpace();
    const match = /^[^\s{},]+/.exec(this.source.slice(this.at));
    if (!match) this.fail('Expected a name');
    this.at += match[0].length;
    this.skipSpace();
    return match[0];
  }

  private expect(ch: string): void {
    if (this.source[this.at] !== ch) this.fail(`Expected "${ch}"`);
    this.at += 1;
  }

  private argument(depth: number): Node {
    if (depth > 8) this.fail('Messages nested too deeply');
    this.expect('{');
    const name = this.word();
    if (this.source[this.at] === '}') {
      this.at += 1;
      return { kind: 'arg', name };
    }
    this.expect(',');
    const type = this.word();
    if (type === 'number') {
      this.expect('}');
      return { kind: 'number', name };
    }
    if (type !== 'plural' && type !== 'select') this.fail(`Unknown argument type "${type}"`);
    this.expect(',');
    const branches = new Map<string, Node[]>();
    this.skipSpace();
    while (this.source[this.at] !== '}') {
      if (this.at >= this.source.length) this.fail('Unclosed argument');
      const key = this.word();
      this.expect('{');
      branches.set(key, this.message(type === 'plural', depth + 1));
      this.expect('}');
      this.skipSpace();
    }
    this.at += 1;
    if (!branches.has('other')) this.fail(`"${name}" needs an "other" branch`);
    return { kind: type, name, branches };
  }
}

export function parseIcu(source: string): Node[] {
  return new Parser(source).parse();
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function pluralCategory(locale: string, n: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(n);
}

function formatNumber(locale: string, n: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(n);
}

export type IcuValues = Record<string, unknown>;

function render(nodes: Node[], values: IcuValues, locale: string, pound: number | null): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += node;
    } else if (node.kind === 'arg') {
      const value = values[node.name];
      out += value === undefined || value === null ? '' : String(value);
    } else if (node.kind === 'number') {
      out += formatNumber(locale, Number(values[node.name]));
    } else if (node.kind === 'pound') {
      out += pound === null ? '#' : formatNumber(locale, pound);
    } else if (node.kind === 'plural') {
      const n = Number(values[node.name]);
      const branch = node.branches.get(`=${n}`) ?? node.branches.get(pluralCategory(locale, n)) ?? node.branches.get('other')!;
      out += render(branch, values, locale, n);
    } else {
      const key = String(values[node.name]);
      out += render(node.branches.get(key) ?? node.branches.get('other')!, values, locale, pound);
    }
  }
  return out;
}

const parsed = new Map<string, Node[]>();

/** Formats an ICU message; parses it on first use and keeps the result. */
export function formatIcu(source: string, values: IcuValues, locale: string): string {
  let nodes = parsed.get(source);
  if (!nodes) {
    nodes = parseIcu(source);
    parsed.set(source, nodes);
  }
  return render(nodes, values, locale, null);
}
