package org.agora.people.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.agora.platform.entity.Refusal;
import org.junit.jupiter.api.Test;

/** Photos are checked by what their header declares before any pixel is decoded. */
class PhotoCheckTest {

  /** A valid-looking PNG of a few hundred bytes whose header declares {@code width} x {@code height} grey pixels. */
  private static byte[] pngDeclaring(int width, int height) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
        .put((byte) 0).put((byte) 0).put((byte) 0).array());
    Deflater deflater = new Deflater();
    deflater.setInput(new byte[width + 1]); // one row of zeros; the rest is missing
    deflater.finish();
    byte[] compressed = new byte[width + 64];
    int length = deflater.deflate(compressed);
    chunk(png, "IDAT", java.util.Arrays.copyOf(compressed, length));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.write(ByteBuffer.allocate(4).putInt(data.length).array());
    out.write(name);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  @Test
  void aSmallFileDeclaringAHugeBitmapIsRefusedBeforeDecoding() throws IOException {
    byte[] bomb = pngDeclaring(40_000, 40_000); // 1.6 G pixels if decoded
    assertThat(bomb.length).isLessThan(2_000);
    assertThat(PhotoCheck.declaredSize(bomb).width).isEqualTo(40_000);
    assertThatThrownBy(() -> PhotoCheck.accept(bomb, "image/png"))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("at most 6000 pixels");
  }

  @Test
  void aRealPhotoIsStillAcceptedAndScaled() throws IOException {
    BufferedImage photo = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(photo, "png", png);
    BufferedImage stored = ImageIO.read(new java.io.ByteArrayInputStream(PhotoCheck.accept(png.toByteArray(), "image/png")));
    assertThat(stored.getWidth()).isEqualTo(256);
    assertThat(stored.getHeight()).isEqualTo(192);
  }
}
