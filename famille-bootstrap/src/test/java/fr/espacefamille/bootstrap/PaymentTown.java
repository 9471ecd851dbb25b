package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BillingTown.expect;
import static fr.espacefamille.bootstrap.BillingTown.invoiceOf;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.paybox.NotificationSigner;
import fr.espacefamille.adapter.paybox.SimulatorKeys;
import fr.espacefamille.bootstrap.BillingTown.CreatedFamily;

/**
 * Card-payment helpers over a {@link BillingTown}: a family with an issued canteen invoice and a
 * parent's account, payment attempts started through the API, and notifications signed with the
 * portal's own simulator key (generated in its data folder at first start).
 */
final class PaymentTown {

    /** A family with one issued invoice of three 1.00 € meals, and its parent's token and account email. */
    record Billed(CreatedFamily family, String parent, String email, String invoice, long totalCents) {
    }

    /** An attempt started through the API: its reference (PBX_CMD) and amount. */
    record Attempt(String reference, long amountCents, JsonNode form) {
    }

    private final BillingTown town;
    private final NotificationSigner signer;

    PaymentTown(BillingTown town) {
        this.town = town;
        try {
            this.signer = new NotificationSigner(SimulatorKeys.loadOrCreate(town.portal.dataDir().resolve("paybox")).getPrivate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A family billed for {@code month} (each test its own month: a month is issued once). */
    Billed billed(String name, String month) {
        return billedTogether(month, name).get(0);
    }

    /** Families billed by one run of {@code month}, in the order of their names. */
    List<Billed> billedTogether(String month, String... names) {
        List<CreatedFamily> families = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        for (String name : names) {
            CreatedFamily family = town.family(name, 450, true, null, 1);
            town.meals(family.child(0), LocalDate.parse(month + "-02"), 3, BOOKED_MEAL);
            families.add(family);
            parents.add(town.parent(family, username(name, month)));
        }
        JsonNode run = town.run("SCHOOL", month, true);
        List<Billed> billed = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            billed.add(new Billed(families.get(i), parents.get(i), username(names[i], month) + "@example.fr",
                    invoiceOf(run, families.get(i)), 300));
        }
        return billed;
    }

    private static String username(String name, String month) {
        return name.toLowerCase() + "." + month.replace("-", "");
    }

    Attempt start(Billed billed) {
        JsonNode form = expect(201, town.portal.call("POST", "/api/v1/invoices/" + billed.invoice() + "/paybox", billed.parent(), null)).json();
        return new Attempt(form.get("fields").get("PBX_CMD").asText(), form.get("fields").get("PBX_TOTAL").asLong(), form);
    }

    /** The query string the provider sends for a success of {@code amount} with transaction {@code trans}. */
    String paid(String reference, long amount, String trans) {
        return signer.sign("montant=" + amount + "&ref=" + reference + "&auto=XXXXXX&appel=" + trans + "&trans=" + trans + "&erreur=00000");
    }

    String refused(String reference, long amount, String trans, String code) {
        return signer.sign("montant=" + amount + "&ref=" + reference + "&appel=" + trans + "&trans=" + trans + "&erreur=" + code);
    }

    TestPortal.Response notify(String query) {
        return town.portal.call("GET", "/paybox/ipn?" + query, null, null);
    }

    JsonNode invoice(Billed billed) {
        return expect(200, town.portal.call("GET", "/api/v1/invoices/" + billed.invoice(), billed.parent(), null)).json();
    }

    /** The hidden fields of the first form of a page, in their order. */
    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input type=\"hidden\" name=\"(PBX_[A-Z_]+)\" value=\"([^\"]*)\">").matcher(html);
        while (input.find()) {
            fields.put(input.group(1), unescape(input.group(2)));
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#34;", "\"")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
