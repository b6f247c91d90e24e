/**
 * Whether an HTTP refusal may pass if the same request is sent again later: a timeout (408), "too early"
 * (425), too many requests (429) or a server error (5xx). Every other 4xx is permanent — sending it again
 * can only get the same answer — so clients and outboxes stop and show it instead.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || (status >= 500 && status <= 599);
}
