package run.limber.deploy.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/** An RSA key pair for RS256 access tokens, as PEM text: PKCS#8 private key, X.509 public key. */
record JwtKeyPair(String privateKeyPem, String publicKeyPem) {

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

    Map<String, String> asConfig() {
        return Map.of(JwtKeySource.SIGN_KEY, privateKeyPem, JwtKeySource.VERIFY_KEY, publicKeyPem);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
