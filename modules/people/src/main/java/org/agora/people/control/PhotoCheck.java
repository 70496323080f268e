package org.agora.people.control;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.agora.platform.entity.Refusal;

/**
 * Accepts an uploaded profile photo only if it really is a PNG or JPEG of sane size (checked in
 * its header before anything is decoded), then re-encodes it as a square-bounded PNG: that drops metadata (EXIF location) and anything
 * hidden after the image data.
 */
public final class PhotoCheck {

  public static final int MAX_BYTES = 2 * 1024 * 1024;
  static final int MAX_SOURCE_PIXELS = 6000;
  static final int STORED_SIZE = 256;

  private PhotoCheck() {}

  public static byte[] accept(byte[] upload, String contentType) {
    if (upload == null || upload.length == 0) {
      throw Refusal.invalid("photo", "the upload is empty");
    }
    if (upload.length > MAX_BYTES) {
      throw Refusal.invalid("photo", "at most 2 MiB");
    }
    if (!looksLikePng(upload) && !looksLikeJpeg(upload)) {
      throw Refusal.invalid("photo", "only PNG and JPEG images are accepted (got " + contentType + ")");
    }
    // The size from the header first: a small file can declare a bitmap of gigabytes.
    Dimension size = declaredSize(upload);
    if (size == null) {
      throw Refusal.invalid("photo", "the image could not be read");
    }
    if (size.width > MAX_SOURCE_PIXELS || size.height > MAX_SOURCE_PIXELS) {
      throw Refusal.invalid("photo", "at most " + MAX_SOURCE_PIXELS + " pixels wide and high");
    }
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(upload));
    } catch (IOException | RuntimeException e) {
      image = null;
    }
    if (image == null) {
      throw Refusal.invalid("photo", "the image could not be read");
    }
    if (image.getWidth() > MAX_SOURCE_PIXELS || image.getHeight() > MAX_SOURCE_PIXELS) {
      throw Refusal.invalid("photo", "at most " + MAX_SOURCE_PIXELS + " pixels wide and high");
    }
    return pngOf(scaled(image));
  }

  /** Width and height as the image's header declares them, read without decoding; null if unreadable. */
  static Dimension declaredSize(byte[] upload) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new Dimension(reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static boolean looksLikePng(byte[] b) {
    return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
  }

  static boolean looksLikeJpeg(byte[] b) {
    return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
  }

  private static BufferedImage scaled(BufferedImage source) {
    double factor = Math.min(1.0, (double) STORED_SIZE / Math.max(source.getWidth(), source.getHeight()));
    int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
    int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = target.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(source, 0, 0, width, height, null);
    g.dispose();
    return target;
  }

  private static byte[] pngOf(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("PNG encoding failed in memory", e);
    }
  }
}
