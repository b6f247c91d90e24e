/** Seeds the clearly marked demo dataset through the API; returns how much it made. */
export declare function seedDemo(options: {
  api: string;
  keys: Record<string, string>;
}): Promise<{ requests: number; inquiries: number; volunteers: number; answers: number }>;
