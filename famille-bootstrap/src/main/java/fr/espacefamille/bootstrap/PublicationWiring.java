package fr.espacefamille.bootstrap;

import java.util.List;

import fr.espacefamille.adapter.http.publication.HomePages;
import fr.espacefamille.adapter.jdbc.publication.JdbiMenus;
import fr.espacefamille.application.publication.ReadMenus;
import fr.espacefamille.adapter.http.publication.NewsApi;
import fr.espacefamille.adapter.http.publication.NewsPages;
import fr.espacefamille.adapter.http.publication.NewsUseCases;
import fr.espacefamille.adapter.http.publication.RulesApi;
import fr.espacefamille.adapter.http.publication.RulesPages;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.publication.JdbiNewsItems;
import fr.espacefamille.adapter.jdbc.publication.JdbiRulesDocuments;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.publication.EditNews;
import fr.espacefamille.application.publication.PublishNews;
import fr.espacefamille.application.publication.PublishRulesDocument;
import fr.espacefamille.application.publication.ReadNews;
import fr.espacefamille.application.publication.ReadRulesDocuments;
import fr.espacefamille.application.publication.WithdrawNews;
import fr.espacefamille.application.publication.WithdrawRulesDocument;

/** The public space: home, news and rules documents (their PDFs in the document store). */
final class PublicationWiring {

    final PublishNews publishNews;
    final ReadNews readNews;
    private final NewsUseCases newsUseCases;
    final PublishRulesDocument publishRules;
    final WithdrawRulesDocument withdrawRules;
    final ReadRulesDocuments readRules;

    PublicationWiring(SharedWiring core, DocumentWiring documents) {
        DocumentStore store = documents.store;
        JdbiNewsItems news = new JdbiNewsItems(core.db());
        publishNews = new PublishNews(news, store, core.transactions(), core.audit());
        readNews = new ReadNews(news, store, core.clock());
        newsUseCases = new NewsUseCases(publishNews, new EditNews(news, store, core.transactions(), core.audit()),
                new WithdrawNews(news, store, core.transactions(), core.audit()), readNews, core.clock());
        JdbiRulesDocuments rules = new JdbiRulesDocuments(core.db());
        publishRules = new PublishRulesDocument(rules, store, core.transactions(), core.audit(), core.clock());
        withdrawRules = new WithdrawRulesDocument(rules, store, core.transactions(), core.audit(), documents.orphans, core.clock());
        readRules = new ReadRulesDocuments(rules, store);
    }

    List<Feature> features(SharedWiring core) {
        return List.of(new HomePages(readNews, new ReadMenus(new JdbiMenus(core.db())), core.clock()), new NewsApi(newsUseCases), new NewsPages(newsUseCases),
                new RulesApi(publishRules, withdrawRules, readRules), new RulesPages(publishRules, withdrawRules, readRules));
    }
}
