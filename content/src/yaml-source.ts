import { isMap, isSeq, LineCounter, parseDocument, type Document, type ErrorCode, type Node } from 'yaml';
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
    const reportedLines = new Set<number>(); // one broken line often trips several errors: report it once
    for (const error of this.doc.errors) {
      const line = this.lineAtOffset(error.pos[0]);
      if (reportedLines.has(line)) continue;
      reportedLines.add(line);
      this.errors.push({ file, line, ...describeSyntaxError(error.code, error.message, text.slice(error.pos[0])) });
    }
    this.value = this.errors.length === 0 ? this.doc.toJS() : undefined;
  }

  /**
   * The line of the field at `path` (its key, so a list is reported at `options:`, not at its first
   * item), or of its nearest parent that exists: a missing field is reported where it belongs.
   */
  lineOf(path: Path): number {
    for (let depth = path.length; depth > 0; depth--) {
      const last = path[depth - 1]!;
      const parent = depth === 1 ? this.doc.contents : this.doc.getIn(path.slice(0, depth - 1), true);
      if (isMap(parent) && typeof last === 'string') {
        const key = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === last)?.key as Node | undefined;
        if (key?.range) return this.lineAtOffset(key.range[0]);
      }
      if (isSeq(parent) && typeof last === 'number') {
        const item = parent.items[last] as Node | undefined;
        if (item?.range) return this.lineAtOffset(item.range[0]);
      }
    }
    const root = this.doc.contents;
    return root?.range ? this.lineAtOffset(root.range[0]) : this.firstLine;
  }

  has(path: Path): boolean {
    return this.doc.hasIn(path);
  }

  /** Validates against a schema; every problem becomes an author-readable error with its line. */
  parse<T>(schema: z.ZodType<T>, describe: (issue: z.core.$ZodIssue, source: YamlSource) => ContentError[]): T | undefined {
    if (this.errors.length > 0) return undefined;
    const result = schema.safeParse(this.value);
    if (result.success) return result.data;
    // An unknown field is the cause of the other complaints about its object (a misspelt "quizz" is
    // also a step naming nothing): report only the cause.
    const unknownAt = new Set(result.error.issues.filter((i) => i.code === 'unrecognized_keys').map((i) => i.path.join('/')));
    const causes = result.error.issues.filter((i) => i.code !== 'custom' || !unknownAt.has(i.path.join('/')));
    this.errors.push(...causes.flatMap((issue) => describe(issue, this)));
    return undefined;
  }

  private lineAtOffset(offset: number): number {
    return this.lines.linePos(offset).line + this.firstLine - 1;
  }
}

const GENERIC_FIX = 'Check indentation (spaces, not tabs), colons after field names, and put text with a colon in quotes';

const SYNTAX: Partial<Record<ErrorCode, { message: string; fix: string }>> = {
  TAB_AS_INDENT: { message: 'This line is indented with a tab', fix: 'Indent with spaces only' },
  MULTIPLE_DOCS: { message: 'A line with --- splits this file in two', fix: 'Remove the --- line' },
  BLOCK_AS_IMPLICIT_KEY: { message: 'A text with a colon (:) is not in quotes, or a line is indented too far', fix: 'Put the text in quotes (en: "Note: ...") or fix the indentation' },
  MULTILINE_IMPLICIT_KEY: { message: 'A text with a colon (:) is not in quotes, or a line is indented too far', fix: 'Put the text in quotes (en: "Note: ...") or fix the indentation' },
  BAD_INDENT: { message: 'This line is indented wrongly, or a { or [ is not closed', fix: 'Indent fields of one group by the same number of spaces, and close every { with } and [ with ]' },
  MISSING_CHAR: { message: 'A quote or a bracket is not closed', fix: 'Close every " with " and every { with }' },
};

/** Plain words for the YAML mistakes authors make; the parser's own words for the rest. */
function describeSyntaxError(code: ErrorCode, parserMessage: string, rest: string): { message: string; fix: string } {
  if (code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?["']?([^:"']+)/.exec(rest.split('\n')[0] ?? '')?.[1]?.trim() ?? '';
    return { message: `The field "${key}" is written twice`, fix: 'Keep one of the two and delete the other' };
  }
  return SYNTAX[code] ?? { message: `This is not valid YAML (${parserMessage.split(' at line')[0]})`, fix: GENERIC_FIX };
}
