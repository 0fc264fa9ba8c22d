package org.leadpractitioner.web.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A plain A4 document of headings and wrapped paragraphs, written with Apache PDFBox (docs/adr/0011): enough for a
 * record to print and file, with its title, author and language set. Text outside the standard fonts' character set
 * is shown as "?" rather than failing the whole document.
 */
public final class PdfText implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.4f;

    private final PDDocument doc = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream page;
    private float y;
    private int pages;
    private final String footer;

    /** A new document with its title (also the first heading), author and a footer on every page. */
    public PdfText(String title, String author, String footer) {
        this.footer = footer;
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setAuthor(author);
        doc.getDocumentInformation().setCreator("Lead Practitioner");
        doc.getDocumentInformation().setCreationDate(Calendar.getInstance());
        doc.getDocumentCatalog().setLanguage("en-GB");
        PDViewerPreferences prefs = new PDViewerPreferences(doc.getDocumentCatalog().getCOSObject());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
        newPage();
        write(title, bold, 16, 6);
    }

    public PdfText heading(String text) {
        space(8);
        write(text, bold, 13, 3);
        return this;
    }

    public PdfText subheading(String text) {
        space(4);
        write(text, bold, BODY + 0.5f, 2);
        return this;
    }

    public PdfText paragraph(String text) {
        write(text, regular, BODY, 3);
        return this;
    }

    /** "Label: value", the label in bold on its own line when the value is long. */
    public PdfText field(String label, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        write(label, bold, BODY, 0);
        write(value, regular, BODY, 3);
        return this;
    }

    /** The finished document. */
    public byte[] bytes() {
        try {
            finishPage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text, PDType1Font font, float size, float after) {
        try {
            for (String paragraph : safe(text, font).split("\n", -1)) {
                for (String line : wrap(paragraph, font, size)) {
                    if (y - size * LEADING < MARGIN + 20) {
                        newPage();
                    }
                    y -= size * LEADING;
                    page.beginText();
                    page.setFont(font, size);
                    page.newLineAtOffset(MARGIN, y);
                    page.showText(line);
                    page.endText();
                }
            }
            y -= after;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void space(float points) {
        y -= points;
    }

    private List<String> wrap(String paragraph, PDType1Font font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (widthOf(word, font, size) > width) { // a word longer than the line is cut
                int cut = word.length() - 1;
                while (cut > 1 && widthOf(word.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float widthOf(String text, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with tabs as spaces, no other control characters, and "?" for what the font cannot show. */
    private static String safe(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder();
        String normalised = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                continue;
            } else {
                String ch = new String(Character.toChars(cp));
                out.append(encodable(font, ch) ? ch : "?");
            }
        }
        return out.toString();
    }

    private static boolean encodable(PDType1Font font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private void newPage() {
        try {
            finishPage();
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            pages++;
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishPage() throws IOException {
        if (page == null) {
            return;
        }
        page.beginText();
        page.setFont(regular, 8);
        page.newLineAtOffset(MARGIN, MARGIN / 2);
        page.showText(safe(footer + " - page " + pages, regular));
        page.endText();
        page.close();
        page = null;
    }
}
