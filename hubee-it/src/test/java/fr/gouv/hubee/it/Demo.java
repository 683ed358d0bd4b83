package fr.gouv.hubee.it;

/**
 * The demo data set's organisations and accounts, for the tests that still walk through it as its
 * users would (the browser journeys and the API software loops); service tests build their own
 * data with {@link Fixtures}.
 */
final class Demo {

    static final String CLAMART = "21920023500014";
    static final String TOULON = "21830137200015";

    private Demo() {
    }
}
