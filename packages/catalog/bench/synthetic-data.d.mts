/** The shape synthetic-data.mjs gives an item, with the time limit it was handed. */
export interface SyntheticItem<L> {
  id: string;
  area: "socialAssistance" | "budget" | "majorProjects" | "employment" | "healthcare";
  item: { level1: string; level2: string };
  content: string;
  basis: string;
  timeLimit: L;
  publisher: string;
  channels: { code: "website"; required: boolean }[];
  audience: "public"[];
  mode: "proactive"[];
}
export declare function rng(seed: number): () => number;
export declare const day: (n: number) => string;
export declare const timeLimitWordings: (examples: readonly { wordings: readonly string[] }[]) => string[];
export declare function syntheticItems<L>(
  limits: readonly L[],
  units?: number,
  perUnit?: number,
): SyntheticItem<L>[];
export declare function syntheticPublicationsOf(
  items: readonly { id?: string | undefined; item: { level2: string }; publisher: string }[],
  n: number,
): Generator<{ title: string; unit: string; date: string; eventDate: string; item: string }>;
