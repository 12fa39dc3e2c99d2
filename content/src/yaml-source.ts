import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { ContentError } from './model';

export type Path = (string | number)[];

/** A parsed YAML text that can say on which line any value stands. */
export class YamlSource {
  readonly value: unknown;
  readonly errors: ContentError[] = [];
  private readonly doc: Document;
  private readonly lines = new LineCounter();

  /** `firstLine`: where the text starts in its file (front matter starts on line 2). */
  constructor(
    readonly file: string,
    text: string,
    private readonly firstLine = 1,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
    for (const error of this.doc.errors) {
      const duplicate = error.code === 'DUPLICATE_KEY';
      this.errors.push({
        file,
        line: this.lineAtOffset(error.pos[0]),
        message: duplicate ? 'The same field is written twice' : `This is not valid YAML (${error.message.split('\n')[0]})`,
        fix: duplicate
          ? 'Keep one of the two and delete the other'
          : 'Check indentation (spaces, not tabs), colons after field names, and put text with a colon in quotes',
      });
    }
    this.value = this.errors.length === 0 ? this.doc.toJS() : undefined;
  }

  /** The line of the value at `path`, or of its nearest parent that exists. */
  lineOf(path: Path): number | undefined {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth), true) as Node | undefined;
      if (node && node.range) return this.lineAtOffset(node.range[0]);
      if (depth === 0 && this.doc.contents?.range) return this.lineAtOffset(this.doc.contents.range[0]);
    }
    return undefined;
  }

  /** The line of a key (not its value), for "unknown field" errors. */
  lineOfKey(path: Path, key: string): number | undefined {
    const parent = path.length ? this.doc.getIn(path, true) : this.doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === key);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return this.lineAtOffset(keyNode.range[0]);
    }
    if (isSeq(parent)) return this.lineOf(path);
    return this.lineOf(path);
  }

  has(path: Path): boolean {
    return this.doc.hasIn(path);
  }

  /** Validates against a schema; every problem becomes an author-readable error with its line. */
  parse<T>(schema: z.ZodType<T>, describe: (issue: z.core.$ZodIssue, source: YamlSource) => ContentError): T | undefined {
    if (this.errors.length > 0) return undefined;
    const result = schema.safeParse(this.value);
    if (result.success) return result.data;
    this.errors.push(...result.error.issues.map((issue) => describe(issue, this)));
    return undefined;
  }

  private lineAtOffset(offset: number): number {
    return this.lines.linePos(offset).line + this.firstLine - 1;
  }
}
