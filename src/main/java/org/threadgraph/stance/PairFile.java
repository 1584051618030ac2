package org.threadgraph.stance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threadgraph.model.Stance;

/**
 * Reads labelled reply pairs from a CSV file with a header row (RFC 4180: quoted fields may hold commas,
 * quotes and newlines). The text is UTF-8, or Windows-1252 when it is not valid UTF-8 (as
 * {@code subreddit-maskmandate.csv} is).
 */
public final class PairFile {

    /** The labels of both shared corpora: 0 = disagree, 1 = neutral, 2 = agree. */
    public static final Map<String, Stance.Label> REDDIT_LABELS = Map.of("0", Stance.Label.DISAGREE,
            "1", Stance.Label.NEUTRAL, "2", Stance.Label.AGREE);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PairFile() {
    }

    /**
     * Returns the pairs of {@code file}.
     *
     * @param parentColumn header of the target text
     * @param replyColumn  header of the reply text
     * @param labelColumn  header of the label
     * @param labels       label value as written → stance
     * @throws StanceDataException naming the file and line when it cannot be read, a column is missing, a
     *                             row is short or a label is unknown
     */
    public static List<LabelledPair> read(Path file, String parentColumn, String replyColumn, String labelColumn,
                                          Map<String, Stance.Label> labels) {
        String name = file.toString();
        String text = decode(file);
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<LabelledPair> out = new ArrayList<>();
        int line = 1;
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(new StringReader(text))) {
            if (!rows.hasNextValue()) {
                throw new StanceDataException(name + ": empty file, expected a header row");
            }
            List<String> header = Arrays.asList(rows.nextValue());
            int parent = column(header, parentColumn, name);
            int reply = column(header, replyColumn, name);
            int label = column(header, labelColumn, name);
            int needed = Math.max(parent, Math.max(reply, label)) + 1;
            String source = file.getFileName().toString();
            while (true) {
                line = rows.getCurrentLocation().getLineNr();
                if (!rows.hasNextValue()) {
                    break;
                }
                line = Math.max(line, rows.getCurrentLocation().getLineNr());
                String[] row = rows.nextValue();
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                if (row.length < needed) {
                    throw new StanceDataException(String.format(Locale.ROOT,
                            "%s line %d: %d fields, expected at least %d", name, line, row.length, needed));
                }
                Stance.Label gold = labels.get(row[label].strip());
                if (gold == null) {
                    throw new StanceDataException(String.format(Locale.ROOT,
                            "%s line %d: label '%s' in column '%s' is not one of %s", name, line, row[label],
                            labelColumn, String.join(", ", labels.keySet().stream().sorted().toList())));
                }
                out.add(new LabelledPair(row[reply], row[parent], gold, source));
            }
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw new StanceDataException(String.format(Locale.ROOT, "%s line %d: malformed CSV: %s", name, at,
                    e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new StanceDataException(name + " line " + line + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Parses a label mapping such as {@code 0=disagree,1=neutral,2=agree}. */
    public static Map<String, Stance.Label> labels(String spec) {
        Map<String, Stance.Label> out = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new StanceDataException("--labels: expected VALUE=agree|disagree|neutral, got '" + part + "'");
            }
            try {
                out.put(kv[0].strip(), Stance.Label.valueOf(kv[1].strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new StanceDataException("--labels: '" + kv[1].strip() + "' is not agree, disagree or neutral");
            }
        }
        return out;
    }

    private static int column(List<String> header, String wanted, String file) {
        int i = header.indexOf(wanted);
        if (i < 0) {
            throw new StanceDataException(String.format(Locale.ROOT, "%s line 1: no column '%s' (columns: %s)", file,
                    wanted, String.join(", ", header)));
        }
        return i;
    }

    private static String decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StanceDataException(file + ": no such file", e);
        } catch (IOException e) {
            throw new StanceDataException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
