import sqlite3 from 'sqlite3';

/** Runs read-only queries on a SQLite file that no server has open (after a test stopped or killed it). */
export async function querySqliteFile<T = Record<string, unknown>>(file: string, queries: string[]): Promise<T[][]> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => (error ? reject(error) : resolve(opened)));
  });
  try {
    const results: T[][] = [];
    for (const query of queries) {
      results.push(await new Promise<T[]>((resolve, reject) => db.all(query, (error, rows) => (error ? reject(error) : resolve(rows as T[])))));
    }
    return results;
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}
