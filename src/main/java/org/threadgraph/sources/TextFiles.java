package org.threadgraph.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Decides how a file's bytes become characters before any parser sees them: files over
 * {@link SourceDocument#MAX_FILE_BYTES} and files holding a NUL byte (images, archives, random
 * bytes) are refused, UTF-16 is read by its byte-order mark, and text that is not valid UTF-8 is
 * read as Windows-1252 (the superset of Latin-1 that old Windows editors save) with a warning.
 * One streaming pass over the bytes, so the check costs no memory whatever the file's size.
 */
final class TextFiles {

    /** Windows-1252 decodes every byte, so a copy saved by an old editor is never rejected. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int BUFFER = 64 * 1024;

    /**
     * How to read a file.
     *
     * @param charset the encoding to decode it with
     * @param warning what the user should know about the choice, or null when the file is UTF-8
     */
    record Decoding(Charset charset, String warning) {
    }

    private TextFiles() {
    }

    /**
     * Returns how to decode the file.
     *
     * @throws SourceException when the file is missing, unreadable, empty, too large or not text;
     *                         the message names the file and, for binary content, the byte offset
     */
    static Decoding sniff(Path file) throws SourceException {
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new SourceException(file + ": is a folder, not a file");
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
        if (size == 0) {
            throw new SourceException(file + ": the file is empty");
        }
        if (size > SourceDocument.MAX_FILE_BYTES) {
            throw new SourceException(file + ": the file is " + megabytes(size) + "; threadgraph reads files of at most "
                    + megabytes(SourceDocument.MAX_FILE_BYTES) + " (a blog thread, feed page or export is far smaller)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return scan(file.toString(), in);
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    /** Returns the exception for an I/O failure, in words rather than the Java decoder's. */
    static SourceException unreadable(String origin, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "no such file";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof java.nio.charset.CharacterCodingException) {
            why = "not valid UTF-8 text";
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new SourceException(origin + ": cannot be read: " + why, e);
    }

    private static Decoding scan(String origin, InputStream in) throws IOException, SourceException {
        byte[] bytes = new byte[BUFFER];
        ByteBuffer pending = ByteBuffer.allocate(BUFFER + 8);
        CharBuffer sink = CharBuffer.allocate(BUFFER);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long offset = 0;
        long line = 1;
        String invalid = null;
        boolean start = true;
        int n;
        while ((n = in.readNBytes(bytes, 0, bytes.length)) > 0) {
            if (start) {
                start = false;
                Charset bom = utf16(bytes, n);
                if (bom != null) {
                    return new Decoding(bom, null);
                }
            }
            for (int i = 0; i < n; i++) {
                if (bytes[i] == 0) {
                    throw new SourceException(origin + ": not a text file (a NUL byte at offset " + (offset + i)
                            + "; images, archives and other binary files cannot hold a blog thread)");
                }
            }
            if (invalid == null) {
                pending.put(bytes, 0, n).flip();
                while (true) {
                    CoderResult r = utf8.decode(pending, sink, false);
                    sink.clear();
                    if (r.isError()) {
                        long at = offset - (pending.limit() - n) + pending.position();
                        invalid = "line " + (line + newlines(bytes, Math.max(0, (int) (at - offset)))) + ", byte "
                                + at + " (0x" + String.format("%02X", pending.get(pending.position()) & 0xff) + ")";
                        break;
                    }
                    if (r.isUnderflow()) {
                        break;
                    }
                }
                pending.compact();
                line += newlines(bytes, n);
            }
            offset += n;
        }
        if (invalid == null) {
            return new Decoding(StandardCharsets.UTF_8, null);
        }
        return new Decoding(WINDOWS_1252, "not valid UTF-8 at " + invalid + "; read as Windows-1252 (Latin-1)");
    }

    private static long newlines(byte[] bytes, int upTo) {
        long count = 0;
        for (int i = 0; i < upTo; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    /** Returns UTF-16 when the bytes open with its byte-order mark, else null. */
    private static Charset utf16(byte[] b, int n) {
        if (n >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            return StandardCharsets.UTF_16;
        }
        return null;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
