package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.model.Stance;

class PairFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private List<LabelledPair> read(Path file) {
        return PairFile.read(file, "parent", "reply", "label", PairFile.REDDIT_LABELS);
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndNewlines() throws Exception {
        Path file = write("pairs.csv", "id,parent,reply,label\n1,\"Masks work, \"\"obviously\"\"\",\"No.\nThey don't.\",0\n"
                + "2,Rain today,Agreed,2\n");
        List<LabelledPair> pairs = read(file);
        assertEquals(2, pairs.size());
        assertEquals("Masks work, \"obviously\"", pairs.get(0).target());
        assertEquals("No.\nThey don't.", pairs.get(0).reply());
        assertEquals(Stance.Label.DISAGREE, pairs.get(0).label());
        assertEquals(Stance.Label.AGREE, pairs.get(1).label());
    }

    @Test
    void anUnknownColumnIsNamedWithTheFileAndTheHeaderLine() throws Exception {
        Path file = write("pairs.csv", "parent,answer,label\na,b,1\n");
        StanceDataException e = assertThrows(StanceDataException.class, () -> read(file));
        assertEquals(file + " line 1: no column 'reply' (columns: parent, answer, label)", e.getMessage());
    }

    @Test
    void anUnknownLabelNamesItsLine() throws Exception {
        Path file = write("pairs.csv", "parent,reply,label\n\"two\nlines\",b,1\nc,d,7\n");
        StanceDataException e = assertThrows(StanceDataException.class, () -> read(file));
        assertEquals(file + " line 4: label '7' in column 'label' is not one of 0, 1, 2", e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsAMalformedFileNotAStackTrace() throws Exception {
        Path file = write("pairs.csv", "parent,reply,label\na,\"never closed,1\n");
        StanceDataException e = assertThrows(StanceDataException.class, () -> read(file));
        assertEquals(true, e.getMessage().startsWith(file + " line "), e.getMessage());
        assertEquals(true, e.getMessage().contains("malformed CSV"), e.getMessage());
    }

    @Test
    void windows1252TextIsReadWhenTheFileIsNotUtf8() throws Exception {
        Path file = dir.resolve("cp1252.csv");
        Files.write(file, "parent,reply,label\nit\u2019s fine,don\u2019t,1\n".getBytes(Charset.forName("windows-1252")));
        assertEquals("don\u2019t", read(file).get(0).reply());
    }

    @Test
    void labelMappingsNameTheirMistake() {
        assertEquals(Stance.Label.AGREE, PairFile.labels("yes=agree,no=disagree").get("yes"));
        StanceDataException e = assertThrows(StanceDataException.class, () -> PairFile.labels("1=maybe"));
        assertEquals("--labels: 'maybe' is not agree, disagree or neutral", e.getMessage());
    }
}
