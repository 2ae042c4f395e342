package org.govindex.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 and text encoding of a file, from one streamed pass over its bytes.
 *
 * <p>Encoding rule of the input contract: a UTF-8 byte-order mark gives UTF-8; else a file that
 * decodes as strict UTF-8 from start to end (malformed input reported, not replaced) is UTF-8; else
 * GB18030 (a superset of GBK, as Excel exports it).
 */
public record FileFingerprint(String sha256, String encoding, boolean bom) {

  public static final String UTF8 = "UTF-8";
  public static final String GB18030 = "GB18030";

  private static final int BUFFER = 1 << 16;

  /** Reads the whole file once. */
  public static FileFingerprint of(Path file) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer pending = ByteBuffer.allocate(BUFFER + 8);
    CharBuffer chars = CharBuffer.allocate(BUFFER + 8);
    boolean utf8 = true;
    boolean bom = false;
    boolean first = true;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[BUFFER];
      int n;
      while ((n = in.read(buffer)) > 0) {
        sha.update(buffer, 0, n);
        if (first) {
          bom =
              n >= 3
                  && (buffer[0] & 0xFF) == 0xEF
                  && (buffer[1] & 0xFF) == 0xBB
                  && (buffer[2] & 0xFF) == 0xBF;
          first = false;
        }
        if (utf8 && !bom) {
          pending.put(buffer, 0, n).flip();
          utf8 = decode(decoder, pending, chars, false);
          pending.compact();
        }
      }
      if (utf8 && !bom) {
        pending.flip();
        utf8 = decode(decoder, pending, chars, true);
        if (utf8) {
          chars.clear();
          utf8 = !decoder.flush(chars).isError();
        }
      }
    } catch (IOException e) {
      throw new IngestionException("cannot read " + file + ": " + e.getMessage(), e);
    }
    String encoding = bom || utf8 ? UTF8 : GB18030;
    return new FileFingerprint(HexFormat.of().formatHex(sha.digest()), encoding, bom);
  }

  private static boolean decode(
      CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean endOfInput) {
    while (true) {
      chars.clear();
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        return true;
      }
    }
  }
}
