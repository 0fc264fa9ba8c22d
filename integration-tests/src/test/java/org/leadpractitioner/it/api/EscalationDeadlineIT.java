package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.it.api.EscalationApiIT.await;
import static org.leadpractitioner.it.api.EscalationApiIT.email;
import static org.leadpractitioner.it.api.EscalationApiIT.raise;
import static org.leadpractitioner.it.api.EscalationApiIT.runAhead;
import static org.leadpractitioner.it.api.EscalationApiIT.world;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadpractitioner.it.Deployments;
import org.leadpractitioner.it.api.EscalationApiIT.World;

/**
 * Escalation deadlines, with the server's clock run ahead (ADR 0015, 0016): a stage's deadline persisted before the
 * application is redeployed fires after it, once (the raiser and the responder are emailed once, however many sweeps
 * run); and a stage whose policy says so moves up on its own, to the responder's line manager. The test deploys and
 * redeploys the EAR itself, so Arquillian does not manage the deployment.
 */
@ExtendWith(ArquillianExtension.class)
class EscalationDeadlineIT {

    @Deployment(name = "ear", managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    Deployer deployer;

    private final URL base = base();

    private static URL base() {
        try {
            return URI.create("http://127.0.0.1:" + System.getProperty("it.http.port", "8180") + "/lp/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDeadlineKeptAcrossARedeployFiresOnceAndAStageCanMoveUpByItself() throws InterruptedException {
        TestMailbox mailbox = TestMailbox.start();
        deployer.deploy("ear");
        try {
            deadlines(mailbox);
        } finally {
            deployer.undeploy("ear");
        }
    }

    private void deadlines(TestMailbox mailbox) throws InterruptedException {
        World w = world(base);
        ApiClient fay = w.fay().api();
        String path = "/cases/" + w.caseId() + "/escalations";
        // urgent: stage 1 has 24 hours
        long first = fay.post(path, raise("CONCERNS_NOT_ACTED_ON", w.sam().practitionerId(), "URGENT").build())
                .expect(201).id();

        // the application goes away and comes back: the deadline is in the database, not in the application
        deployer.undeploy("ear");
        deployer.deploy("ear");

        mailbox.purge();
        runAhead(w.admin(), "PT25H");
        JsonObject overdue = await(fay, first, e -> e.getJsonArray("stages").getJsonObject(0).containsKey("overdueAt"));
        assertTrue(overdue.getBoolean("overdue") && overdue.getBoolean("moveUpPrompted"), overdue.toString());
        assertEquals(1, overdue.getInt("currentStage"), "the default policy prompts the raiser, it does not move up");
        TestMailbox.Mail prompt = mailbox.awaitOne(email(w.fay()));
        assertTrue(prompt.subject().startsWith("Escalation overdue at stage 1"), prompt.subject());
        mailbox.awaitOne(email(w.sam()));
        Thread.sleep(6000); // three more sweeps: nothing fires twice
        assertEquals(1, mailbox.messagesTo(email(w.fay())).size(), "the deadline fired once");
        assertEquals(1, mailbox.messagesTo(email(w.sam())).size(), "the deadline fired once");

        // a policy that moves up by itself: Sam's line manager (Hal) responds at stage 2
        ApiClient admin = w.admin();
        ApiClient.Reply stage1 = admin.get("/escalation-stages/1").expect(200);
        JsonObject before = stage1.json();
        java.util.function.BiFunction<String, Integer, JsonObject> terms = (onOverdue, days) -> Json.createObjectBuilder()
                .add("name", before.getString("name")).add("description", before.getString("description"))
                .add("responseWorkingDays", days).add("urgentResponseHours", before.getInt("urgentResponseHours"))
                .add("notifiesBusinessManager", before.getBoolean("notifiesBusinessManager")).add("onOverdue", onOverdue)
                .build();
        int days = before.getInt("responseWorkingDays");
        assertEquals(422, admin.put("/escalation-stages/1", terms.apply("MOVE_UP_AUTOMATICALLY", 0), stage1.etag())
                .status(), "a time limit must be positive");
        assertEquals(403, fay.put("/escalation-stages/1", terms.apply("MOVE_UP_AUTOMATICALLY", days), stage1.etag())
                .status(), "administrators change the policy");
        ApiClient.Reply changed = admin.put("/escalation-stages/1", terms.apply("MOVE_UP_AUTOMATICALLY", days),
                stage1.etag()).expect(200);
        try {
            long second = fay.post(path, raise("INFORMATION_SHARING", w.sam().practitionerId(), "URGENT").build())
                    .expect(201).id();
            mailbox.purge();
            runAhead(w.admin(), "PT50H");
            JsonObject moved = await(fay, second, e -> e.getInt("currentStage") == 2);
            JsonObject stage2 = moved.getJsonArray("stages").getJsonObject(1);
            assertTrue(stage2.getJsonObject("responder").getString("name").startsWith("Hal"), stage2.toString());
            assertTrue(moved.getJsonArray("stages").getJsonObject(0).containsKey("overdueAt"));
            TestMailbox.Mail toHal = mailbox.awaitOne(email(w.hal()));
            assertTrue(toHal.subject().startsWith("Escalation overdue and moved up to stage 2"), toHal.subject());
        } finally {
            admin.put("/escalation-stages/1", terms.apply(before.getString("onOverdue"), days), changed.etag())
                    .expect(200);
            runAhead(w.admin(), "PT0S");
        }
    }

}
