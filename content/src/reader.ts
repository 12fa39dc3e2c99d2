import * as fs from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import { describeIssue } from './describe-issue';
import type { ContentError } from './model';
import { keysAt } from './schema-keys';
import { YamlSource } from './yaml-source';

/** Collects errors across every file: an author sees all problems at once, never one at a time. */
export class Reader {
  readonly errors: ContentError[] = [];

  constructor(readonly root: string) {}

  /** Path relative to the content folder with `/`, as authors see it on every system. */
  rel(abs: string): string {
    return path.relative(this.root, abs).split(path.sep).join('/');
  }

  error(file: string, message: string, fix: string, line?: number): void {
    this.errors.push({ file, line, message, fix });
  }

  /** Parses and validates a YAML file (or a lesson header starting at `firstLine`); problems go to `errors`. */
  yaml<T>(abs: string, schema: z.ZodType<T>, text = fs.readFileSync(abs, 'utf8'), firstLine = 1): { data?: T; source: YamlSource } {
    const source = new YamlSource(this.rel(abs), text, firstLine);
    const data = source.parse(schema, (issue, s) => describeIssue(issue, s, (p) => keysAt(schema, p)));
    this.errors.push(...source.errors);
    return { data, source };
  }
}

/** Visible entries of a folder, sorted so that output never depends on the file system's order. */
export const list = (dir: string): string[] =>
  fs.existsSync(dir) && fs.statSync(dir).isDirectory() ? fs.readdirSync(dir).filter((f) => !f.startsWith('.')).sort() : [];
