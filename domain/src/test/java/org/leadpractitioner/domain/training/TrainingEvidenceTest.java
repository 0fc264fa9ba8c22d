package org.leadpractitioner.domain.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.training.TrainingFixtures.TODAY;
import static org.leadpractitioner.domain.training.TrainingFixtures.assertViolation;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;

class TrainingEvidenceTest {

    static final Instant NOW = Instant.parse("2026-03-16T11:00:00Z");

    final TrainingFixtures f = new TrainingFixtures();
    final TrainingRecord done = TrainingRecord.recordCompletion(f.worker, f.leadRole, TODAY, null, null, TODAY);

    @Test
    void aDocumentIsAttachedToACompletionWithItsBaseNameAndType() {
        byte[] bytes = {37, 80, 68, 70};
        TrainingEvidence e = TrainingEvidence.attach(done, " C:\\fakepath\\certificate.pdf ", "Application/PDF; charset=binary",
                bytes, NOW);
        assertSame(done, e.getTrainingRecord());
        assertEquals("certificate.pdf", e.getFileName());
        assertEquals("application/pdf", e.getContentType());
        assertEquals("PDF", e.formatLabel());
        assertEquals(4, e.getSizeBytes());
        assertEquals(NOW, e.getUploadedAt());
        assertArrayEquals(bytes, e.getContent());

        bytes[0] = 0;
        e.getContent()[1] = 0;
        assertArrayEquals(new byte[] {37, 80, 68, 70}, e.getContent(), "the stored bytes are a copy, in and out");
        assertEquals("scan.png", TrainingEvidence.attach(done, "photos/scan.png", "image/png", bytes, NOW).getFileName());
    }

    @Test
    void aBookingHasNoEvidence() {
        TrainingRecord booked = TrainingRecord.book(f.worker, f.leadRole, TODAY, TODAY);
        assertViolation("training-evidence.not-completed", "file",
                () -> TrainingEvidence.attach(booked, "c.pdf", "application/pdf", new byte[] {1}, NOW));
    }

    @Test
    void onlyDocumentsAndImagesOfAReasonableSize() {
        RuleViolation v = assertViolation("training-evidence.type-not-accepted", "file",
                () -> TrainingEvidence.attach(done, "notes.txt", "text/plain", new byte[] {1}, NOW));
        assertTrue(v.getMessage().startsWith("'notes.txt' is not a PDF"), v.getMessage());
        assertViolation("training-evidence.type-not-accepted", "file",
                () -> TrainingEvidence.attach(done, "c.pdf", null, new byte[] {1}, NOW));
        assertViolation("training-evidence.file-name-required", "file",
                () -> TrainingEvidence.attach(done, "folder/", "application/pdf", new byte[] {1}, NOW));
        assertViolation("training-evidence.empty", "file",
                () -> TrainingEvidence.attach(done, "c.pdf", "application/pdf", new byte[0], NOW));
        assertViolation("training-evidence.empty", "file",
                () -> TrainingEvidence.attach(done, "c.pdf", "application/pdf", null, NOW));
        v = assertViolation("training-evidence.too-large", "file", () -> TrainingEvidence.attach(done, "c.pdf",
                "application/pdf", new byte[TrainingEvidence.MAX_BYTES + 1], NOW));
        assertTrue(v.getMessage().contains("at most 5.0 MB"), v.getMessage());
        assertEquals(TrainingEvidence.MAX_BYTES, TrainingEvidence.attach(done, "c.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new byte[TrainingEvidence.MAX_BYTES], NOW).getSizeBytes());
    }
}
