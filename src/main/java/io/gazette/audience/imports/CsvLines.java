package io.gazette.audience.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.audience.Attributes;
import io.gazette.audience.CsvCells;
import io.gazette.audience.MailboxPolicy;
import io.gazette.shared.validation.SingleLineValidator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BoundedInputStream;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/**
 * Reads an import file one record at a time with Commons CSV (RFC 4180 quoting, any line ending) and checks each
 * on its own, so a bad line is reported with its number while the lines around it import. Bytes that are not
 * UTF-8 decode to {@link #NOT_UTF8}, which marks their line as badly encoded. A line that fails a check keeps its
 * text (its fields written out again with the file's delimiter, cut at {@link #MAX_TEXT} characters) for the report.
 */
final class CsvLines implements Iterator<CsvLine>, Closeable {

    /** U+FFFF is a noncharacter: it never appears in real text, so it can stand for an undecodable byte. */
    static final char NOT_UTF8 = '\uFFFF';

    /** The longest rejected line kept, in characters: enough to see what is wrong, bounded whatever the file holds. */
    static final int MAX_TEXT = 1000;

    private static final String CUT = "…";

    private final CSVParser parser;
    private final CSVFormat format;
    private final BoundedInputStream bytes;
    private final Iterator<CSVRecord> records;
    private final RecordSizeGuard guard;
    private final CsvHeader header;
    private final MailboxPolicy mailboxes;
    private long consumedLines;

    private CsvLines(CSVParser parser, CSVFormat format, BoundedInputStream bytes, RecordSizeGuard guard,
                     MailboxPolicy mailboxes) {
        this.mailboxes = mailboxes;
        this.parser = parser;
        this.format = format;
        this.bytes = bytes;
        this.records = parser.iterator();
        this.guard = guard;
        if (!hasNext()) {
            throw new ImportFailure("the file is empty: it needs a header row with an 'email' column");
        }
        this.header = CsvHeader.of(records.next().toList());
        this.consumedLines = parser.getCurrentLineNumber();
        guard.recordDone();
    }

    static CsvLines open(Path file, char delimiter, MailboxPolicy mailboxes) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(NOT_UTF8));
        BoundedInputStream bytes = BoundedInputStream.builder().setInputStream(Files.newInputStream(file)).get();
        RecordSizeGuard guard = new RecordSizeGuard(new InputStreamReader(bytes, utf8));
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        return new CsvLines(CSVParser.builder().setReader(guard).setFormat(format).get(), format, bytes, guard,
                mailboxes);
    }

    /**
     * Bytes of the file read so far. The decoder and the parser read ahead in blocks, so this runs a few kilobytes
     * ahead of the last line returned: good for a progress bar, not for seeking.
     */
    long bytesRead() {
        return bytes.getCount();
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportFailure("line " + (consumedLines + 1) + ": unreadable CSV, import stopped there ("
                    + reason(e) + ")", e);
        }
    }

    /** In the user's terms: the parser's own exception names its Java class, which means nothing to whoever made the file. */
    private static String reason(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof CSVException) {
            return "a quoted value is not closed, or text follows its closing quote";
        }
        return cause.getMessage();
    }

    @Override
    public CsvLine next() {
        CSVRecord record = records.next();
        long number = consumedLines + 1;
        consumedLines = parser.getCurrentLineNumber();
        guard.recordDone();
        return check(record, number);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private CsvLine check(CSVRecord record, long number) {
        if (record.size() == 1 && record.get(0).isBlank()) {
            return new CsvLine.Rejected(number, LineReason.BLANK_LINE, null, null);
        }
        if (record.stream().anyMatch(value -> value.indexOf(NOT_UTF8) >= 0)) {
            return failed(record, number, LineReason.INVALID_UTF8, "the line is not valid UTF-8");
        }
        if (record.size() != header.size()) {
            return failed(record, number, LineReason.WRONG_COLUMN_COUNT,
                    "expected " + header.size() + " fields, found " + record.size());
        }
        MailboxPolicy.Verdict email = mailboxes.check(CsvCells.unguard(record.get(header.emailColumn())));
        if (!email.accepted()) {
            return failed(record, number, LineReason.INVALID_EMAIL, MailboxPolicy.INVALID.equals(email.refusal())
                    ? "not a valid email address" : "the address " + email.refusal());
        }
        String name = header.nameColumn() < 0 ? null : CsvCells.unguard(record.get(header.nameColumn()).strip());
        if (name != null && (name.length() > 200 || !SingleLineValidator.isSingleLine(name))) {
            return failed(record, number, LineReason.INVALID_NAME, "the name must be one line of at most 200 characters");
        }
        Optional<ObjectNode> parsed = attributes(record);
        if (parsed.isEmpty()) {
            return failed(record, number, LineReason.INVALID_ATTRIBUTES, "the attributes column is not a JSON object");
        }
        String attributes = parsed.get().isEmpty() ? null : parsed.get().toString();
        if (attributes != null && attributes.length() > Attributes.MAX_LENGTH) {
            return failed(record, number, LineReason.ATTRIBUTES_TOO_LONG,
                    "the attributes exceed " + Attributes.MAX_LENGTH + " characters as JSON");
        }
        return new CsvLine.Row(number, email.address(), name == null || name.isEmpty() ? null : name, attributes);
    }

    private CsvLine.Rejected failed(CSVRecord record, long number, LineReason reason, String detail) {
        return new CsvLine.Rejected(number, reason, detail, text(record));
    }

    /** The record as the file had it, up to quoting; undecodable bytes show as U+FFFD, the usual replacement mark. */
    private String text(CSVRecord record) {
        String text = format.format(record.values()).replace(NOT_UTF8, '\uFFFD');
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - CUT.length()) + CUT;
    }

    /**
     * The export's {@code attributes} object, with the file's attribute columns added as text (a column wins over
     * the object's key of the same name); empty when the {@code attributes} cell is not a JSON object.
     */
    private Optional<ObjectNode> attributes(CSVRecord record) {
        String json = header.attributesColumn() < 0 ? "" : CsvCells.unguard(record.get(header.attributesColumn()).strip());
        Optional<ObjectNode> values = json.isEmpty() ? Optional.of(Attributes.emptyObject()) : Attributes.parseObject(json);
        values.ifPresent(object -> {
            for (int i = 0; i < header.size(); i++) {
                String value = record.get(i).strip();
                if (header.isAttribute(i) && !value.isEmpty()) {
                    object.put(header.names().get(i), CsvCells.unguard(value));
                }
            }
        });
        return values;
    }
}
