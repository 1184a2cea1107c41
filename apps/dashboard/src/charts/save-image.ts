// A saved chart carries what it shows: its title, the filter in words, when and from where — a PNG
// forwarded in a chat or pasted into a report has nothing else around it to say so.

/** The caption lines over a saved chart: title, the filter, and the source with the time it was saved. */
export function chartCaption(title: string, filterWords: readonly string[], source: string): string[] {
  return [title, filterWords.join(' · '), source].filter((line) => line !== '');
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('chart image did not load'));
    img.src = url;
  });
}

/**
 * The chart's own image (ECharts getDataURL at `scale`) under its caption, on the chart's background,
 * as a PNG data URL. The first line is the title, larger and bold.
 */
export async function captionedImage(
  chartUrl: string,
  lines: readonly string[],
  style: { background: string; color: string; font: string; scale: number },
): Promise<string> {
  const chart = await loadImage(chartUrl);
  const s = style.scale;
  const [pad, titleSize, textSize, gap] = [16 * s, 18 * s, 13 * s, 6 * s];
  const heights = lines.map((_, i) => (i === 0 ? titleSize : textSize));
  const header = pad + heights.reduce((sum, h) => sum + h + gap, 0);
  const canvas = document.createElement('canvas');
  canvas.width = chart.width;
  canvas.height = chart.height + header;
  const ctx = canvas.getContext('2d');
  if (!ctx) return chartUrl;
  ctx.fillStyle = style.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = style.color;
  ctx.textBaseline = 'top';
  let y = pad;
  lines.forEach((line, i) => {
    ctx.font = `${i === 0 ? 'bold ' : ''}${heights[i]}px ${style.font}`;
    ctx.fillText(line, pad, y, canvas.width - 2 * pad);
    y += heights[i]! + gap;
  });
  ctx.drawImage(chart, 0, header);
  return canvas.toDataURL('image/png');
}
