package org.leadpractitioner.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes passwords with bcrypt in the modular-crypt form ({@code $2a$...}) that the server's Elytron
 * {@code jdbc-realm} verifies. It uses Elytron's own implementation, so the hash the application writes
 * is exactly what the realm reads (docs/adr/0004).
 */
@ApplicationScoped
public class PasswordHasher {

    /**
     * bcrypt cost 10 (2^10 rounds, OWASP's minimum for bcrypt): about 60 ms here. Every HTTP Basic call to
     * the API verifies the password again, so a higher cost is paid on every API request (docs/adr/0004).
     */
    static final int COST = 10;
    static final int MIN_LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    public String hash(char[] password) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(
                    BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
            byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
            random.nextBytes(salt);
            EncryptablePasswordSpec spec = new EncryptablePasswordSpec(
                    password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt));
            return ModularCrypt.encodeAsString(factory.generatePassword(spec));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available on this server", e);
        }
    }

    public boolean matches(char[] password, String storedHash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(
                    BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
            return factory.verify(factory.translate(ModularCrypt.decode(storedHash)), password);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
