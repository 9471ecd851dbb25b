package fr.espacefamille.adapter.http.publication;

import java.time.Clock;

import fr.espacefamille.application.publication.EditNews;
import fr.espacefamille.application.publication.PublishNews;
import fr.espacefamille.application.publication.ReadNews;
import fr.espacefamille.application.publication.WithdrawNews;

/** What the news' API and pages run. */
public record NewsUseCases(PublishNews publish, EditNews edit, WithdrawNews withdraw, ReadNews read, Clock clock) {
}
