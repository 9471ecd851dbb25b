package fr.espacefamille.adapter.http.commission;

import java.time.Clock;

import fr.espacefamille.application.commission.AllocateSession;
import fr.espacefamille.application.commission.AnswerOffer;
import fr.espacefamille.application.commission.ConfirmNurseryRequest;
import fr.espacefamille.application.commission.CorrectNurseryAnswers;
import fr.espacefamille.application.commission.OpenCommissionSession;
import fr.espacefamille.application.commission.PreRegisterChild;
import fr.espacefamille.application.commission.ReadCommissionSessions;
import fr.espacefamille.application.commission.ReadNurseryRequests;
import fr.espacefamille.application.commission.ReadScoringGrid;
import fr.espacefamille.application.commission.RecordBirth;
import fr.espacefamille.application.commission.RecordSessionMembers;
import fr.espacefamille.application.commission.SetScoringGrid;
import fr.espacefamille.application.document.ListDocuments;
import fr.espacefamille.application.family.ListChildren;

/** Everything the commission's handlers and pages call, with the family's children and documents the forms offer. */
public record CommissionUseCases(
        PreRegisterChild preRegister,
        RecordBirth recordBirth,
        ConfirmNurseryRequest confirm,
        ReadNurseryRequests readRequests,
        AnswerOffer answer,
        SetScoringGrid setGrid,
        ReadScoringGrid readGrid,
        OpenCommissionSession openSession,
        AllocateSession allocate,
        ReadCommissionSessions readSessions,
        RecordSessionMembers recordMembers,
        CorrectNurseryAnswers correct,
        ListChildren children,
        ListDocuments documents,
        Clock clock) {
}
