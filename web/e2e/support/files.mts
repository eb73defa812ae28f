import type { Browser } from 'playwright-core';

/**
 * A real JPEG "photo" as the upload checks want it (decodable, at least 50 KB, a sane size):
 * a textured sofa-coloured picture drawn on a canvas and captured by the browser itself, so no
 * image tool is needed.
 */
export async function photoFile(
  browser: Browser,
): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  await page.setContent(
    '<body style="margin:0"><canvas width="1024" height="768"></canvas></body>',
  );
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas') as HTMLCanvasElement;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    const image = context.createImageData(canvas.width, canvas.height);
    let seed = 42;
    for (let i = 0; i < image.data.length; i += 4) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const grain = seed % 64;
      image.data[i] = 110 + grain;
      image.data[i + 1] = 80 + grain;
      image.data[i + 2] = 60 + grain;
      image.data[i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
    context.fillStyle = '#3b3b3b';
    context.fillRect(200, 300, 600, 160);
  });
  const buffer = await page.screenshot({ type: 'jpeg', quality: 90 });
  await page.close();
  return { name: 'canape-mecanisme.jpg', mimeType: 'image/jpeg', buffer };
}
