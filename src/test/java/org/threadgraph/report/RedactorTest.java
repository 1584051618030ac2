package org.threadgraph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** E-mail addresses and UK phone numbers in the forms commenters write them; other numbers stay. */
class RedactorTest {

    private static String redact(String text) {
        return Redactor.ON.apply(text);
    }

    @Test
    void hidesUkNumbersInTheirCommonForms() {
        for (String number : new String[] {"07700 900123", "07700900123", "07700 900 123", "+44 7700 900123",
            "+44 (0)7700 900123", "020 7946 0018", "(020) 7946 0018", "+44 20 7946 0958", "0161 496 0000",
            "(01632) 960001", "0113-496-0000"}) {
            assertEquals("call " + Redactor.PHONE_MARK + " today", redact("call " + number + " today"), number);
        }
    }

    @Test
    void hidesEmailAddresses() {
        assertEquals("mail " + Redactor.EMAIL_MARK + ", thanks", redact("mail jim.brown+tr@probation.gov.uk, thanks"));
    }

    @Test
    void leavesOtherNumbersAlone() {
        String text = "In 2015, 8,600 jobs went; 70% of staff; case 1234567; post 4812903377512345678; 01/02/2016; 0.5";
        assertEquals(text, redact(text));
    }

    @Test
    void isOffUnlessAsked() {
        assertEquals("07700 900123", Redactor.NONE.apply("07700 900123"));
    }
}
