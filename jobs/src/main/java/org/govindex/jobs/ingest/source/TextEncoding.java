package org.govindex.jobs.ingest.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.govindex.contract.Messages;

/**
 * The text encoding of a CSV file, decided from its first bytes without a second read (rule of the
 * input contract): a UTF-8 byte-order mark gives UTF-8; else the first line that holds non-ASCII
 * bytes decides: valid UTF-8 is UTF-8, anything else GB18030 (a superset of GBK, as Excel on
 * Chinese Windows saves). Headers are Chinese, so the header line decides in practice. The file is
 * then decoded strictly ({@link #reader}): a later line that is not text of that encoding is a
 * mixed-encoding file, refused by the reader with the line named.
 */
public final class TextEncoding {

  public static final String UTF8 = "UTF-8";
  public static final String GB18030 = "GB18030";

  /** What {@link #sniff} says of bytes that are no text file: a NUL byte, or a UTF-16 mark. */
  static final String NOT_TEXT = "not text";

  /** How far the decision looks ahead (the stream is reset afterwards). */
  static final int LOOK_AHEAD = 1 << 20;

  private TextEncoding() {}

  /** The encoding and whether a BOM is present; the stream is left where it was. */
  record Sniffed(String encoding, boolean bom) {}

  static Sniffed sniff(BufferedInputStream in) throws IOException {
    in.mark(LOOK_AHEAD + 8);
    byte[] head = in.readNBytes(LOOK_AHEAD);
    in.reset();
    if (notText(head)) {
      return new Sniffed(NOT_TEXT, false);
    }
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return new Sniffed(UTF8, true);
    }
    int first = 0;
    while (first < head.length && head[first] >= 0) {
      first++;
    }
    if (first == head.length) {
      return new Sniffed(UTF8, false); // ASCII as far as the look-ahead goes
    }
    int end = first;
    while (end < head.length && head[end] != '\n') {
      end++;
    }
    // a line cut by the end of the look-ahead may end in an incomplete multi-byte sequence
    boolean cut = end == LOOK_AHEAD;
    return new Sniffed(validUtf8(head, first, end, cut) ? UTF8 : GB18030, false);
  }

  /**
   * A NUL byte (which no UTF-8 or GB18030 text holds, but binary files and UTF-16 text do) or a
   * UTF-16 byte-order mark in the look-ahead.
   */
  private static boolean notText(byte[] head) {
    if (head.length >= 2
        && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
            || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
      return true;
    }
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean validUtf8(byte[] bytes, int from, int to, boolean cut) {
    CharBuffer chars = CharBuffer.allocate(to - from);
    return !strictDecoder(UTF8)
        .decode(ByteBuffer.wrap(bytes, from, to - from), chars, !cut)
        .isError();
  }

  /**
   * A reader of the text that decodes strictly and counts the line feeds it has delivered: input
   * that is not text of the encoding fails the read after the text before it, with a {@link
   * MalformedText} naming its line (so a mixed-encoding file is refused at the line that changes,
   * not garbled). Closing it closes the stream.
   */
  static Reader reader(InputStream in, String encoding) {
    return new StrictReader(in, strictDecoder(encoding));
  }

  /** Bytes that are not text of the file's encoding, at a 1-based line of the file. */
  static final class MalformedText extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final long line;

    MalformedText(long line) {
      this.line = line;
    }

    /** The line, counting line feeds (those inside quoted cells too), as an editor shows it. */
    long line() {
      return line;
    }

    @Override
    public String getMessage() {
      return Messages.text("csv.malformedLine", line);
    }
  }

  private static final class StrictReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private long line = 1;
    private long malformedLine;
    private boolean endOfInput;
    private boolean flushed;

    StrictReader(InputStream in, CharsetDecoder decoder) {
      this.in = in;
      this.decoder = decoder;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (malformedLine > 0) {
        throw new MalformedText(malformedLine);
      }
      if (length == 0) {
        return 0;
      }
      CharBuffer out = CharBuffer.wrap(buffer, offset, length);
      while (out.position() == offset && !flushed) {
        CoderResult result = decoder.decode(bytes, out, endOfInput);
        if (result.isError()) {
          malformedLine = line + lineFeeds(buffer, offset, out.position());
          if (out.position() == offset) {
            throw new MalformedText(malformedLine);
          }
          break; // deliver the text before it; the next read fails
        }
        if (result.isUnderflow() && out.position() == offset) {
          if (endOfInput) {
            decoder.flush(out);
            flushed = true;
          } else {
            fill();
          }
        }
      }
      int n = out.position() - offset;
      if (n == 0) {
        return -1;
      }
      line += lineFeeds(buffer, offset, offset + n);
      return n;
    }

    private void fill() throws IOException {
      bytes.compact();
      int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }

    private static long lineFeeds(char[] chars, int from, int to) {
      long n = 0;
      for (int i = from; i < to; i++) {
        if (chars[i] == '\n') {
          n++;
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** A decoder that reports malformed input (so a mixed-encoding file is refused, not garbled). */
  private static CharsetDecoder strictDecoder(String encoding) {
    return Charset.forName(encoding)
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
