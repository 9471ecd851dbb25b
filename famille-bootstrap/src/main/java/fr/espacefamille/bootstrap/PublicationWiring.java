package fr.espacefamille.bootstrap;

import java.util.List;

import fr.espacefamille.adapter.http.publication.HomePages;
import fr.espacefamille.adapter.http.publication.NewsFeature;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.publication.JdbiNewsItems;
import fr.espacefamille.application.publication.PublishNews;
import fr.espacefamille.application.publication.ReadNews;

/** The public space: home and news. */
final class PublicationWiring {

    final PublishNews publishNews;
    final ReadNews readNews;

    PublicationWiring(Core core) {
        JdbiNewsItems news = new JdbiNewsItems(core.db());
        publishNews = new PublishNews(news, core.transactions(), core.audit());
        readNews = new ReadNews(news, core.clock());
    }

    List<Feature> features(Core core) {
        return List.of(new HomePages(), new NewsFeature(publishNews, readNews, core.clock()));
    }
}
