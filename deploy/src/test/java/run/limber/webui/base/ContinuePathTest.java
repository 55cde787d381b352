package run.limber.webui.base;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContinuePathTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "account                      | account",
            "/account                     | account",
            "admin/users?q=ann            | admin/users?q=ann",
            "drills/hip-switches          | drills/hip-switches",
            "NULL                         | ''",
            "''                           | ''",
            "//evil.example               | ''",
            "/\\evil.example              | ''",
            "https://evil.example/account | ''",
            "javascript:alert(1)          | ''",
            "login                        | ''",
            "register?x=1                 | ''",
            "reset-password?token=abc     | ''",
            "account#top                  | ''",
            "my account                   | ''"})
    void followsOnlyPathsInsideLimber(String requested, String followed) {
        assertThat(ContinuePath.safe(requested), is(followed));
    }
}
