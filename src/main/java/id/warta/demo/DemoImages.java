package id.warta.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Placeholder photos for demo content and for imported pages, whose text carries no image: a calm
 * gradient with the photo's credit, so nobody mistakes it for a real picture.
 */
final class DemoImages {
  private static final Color[][] PALETTES = {
    {new Color(0x0b3d91), new Color(0x4f86c6)},
    {new Color(0x7a1f1f), new Color(0xd9822b)},
    {new Color(0x1f5f3a), new Color(0x8cc084)},
    {new Color(0x3d2b56), new Color(0xa07cc5)},
    {new Color(0x2f3e46), new Color(0x84a98c)},
    {new Color(0x6b4f1d), new Color(0xe0b95b)},
  };

  private DemoImages() {}

  static byte[] png(String label, int variant) {
    int width = 1800;
    int height = 1200;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      Color[] palette = PALETTES[Math.floorMod(variant, PALETTES.length)];
      g.setPaint(new GradientPaint(0, 0, palette[0], width, height, palette[1]));
      g.fillRect(0, 0, width, height);
      g.setColor(new Color(255, 255, 255, 40));
      for (int c = 0; c < 5; c++) {
        int r = 220 + 90 * ((variant + c) % 4);
        g.fillOval(
            (variant * 257 + c * 411) % width - r / 2,
            (variant * 131 + c * 263) % height - r / 2,
            r,
            r);
      }
      g.setColor(new Color(255, 255, 255, 220));
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 96));
      int textWidth = g.getFontMetrics().stringWidth(label);
      g.drawString(label, Math.max(40, (width - textWidth) / 2), height / 2 + 32);
    } finally {
      g.dispose();
    }
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
