/** Wraps open data in an envelope that says what it is, where it comes from and that the official text prevails. */
export function jsonResponse(kind: string, items: unknown): Response {
  const body = {
    kind,
    generated: new Date().toISOString().slice(0, 10),
    notice: '本数据为工贸安全自查自学站对法规的通俗整理，法规以官方发布文本为准；confidence 为 M 或标注待核实的内容尚未确认。',
    items,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
