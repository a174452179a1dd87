/** A bibliographic source a preset or formula cites. */
export interface Source {
  /** Authors or publisher, short form: "Kwon et al." or "NVIDIA". */
  readonly authors: string;
  readonly title: string;
  readonly year: number;
  /** Venue, journal or document kind ("SOSP 2023", "datasheet", "config.json"). */
  readonly venue?: string;
  readonly url?: string;
  /** Section, table, figure or page the numbers come from. */
  readonly section?: string;
}
