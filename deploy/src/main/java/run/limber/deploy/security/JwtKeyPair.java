package run.limber.deploy.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/** An RSA key pair for RS256 access tokens, as PEM text: PKCS#8 private key, X.509 public key. */
record JwtKeyPair(String privateKeyPem, String publicKeyPem) {

    static final String PRIVATE_FILE = "jwt-private.pem";
    static final String PUBLIC_FILE = "jwt-public.pem";

    static JwtKeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new JwtKeyPair(pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
                    pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM cannot make RSA keys", e);
        }
    }

    /** The pair kept in {@code directory}, made and written there first if it is not complete. */
    static JwtKeyPair kept(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_FILE);
        Path publicFile = directory.resolve(PUBLIC_FILE);
        try {
            if (Files.isRegularFile(privateFile) && Files.isRegularFile(publicFile)) {
                return new JwtKeyPair(Files.readString(privateFile), Files.readString(publicFile));
            }
            JwtKeyPair pair = generate();
            Files.createDirectories(directory);
            write(publicFile, pair.publicKeyPem());
            write(privateFile, pair.privateKeyPem());
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the JWT keys in " + directory, e);
        }
    }

    Map<String, String> asConfig() {
        return Map.of(JwtKeySource.SIGN_KEY, privateKeyPem, JwtKeySource.VERIFY_KEY, publicKeyPem);
    }

    /** Complete or absent, readable by the owner only (a temporary file's permissions), then moved into place. */
    private static void write(Path file, String content) throws IOException {
        Path draft = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(draft, content, StandardCharsets.US_ASCII);
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
