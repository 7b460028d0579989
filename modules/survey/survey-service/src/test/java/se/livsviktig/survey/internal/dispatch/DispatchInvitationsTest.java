package se.livsviktig.survey.internal.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;

import java.sql.Timestamp;

import java.util.Date;

import org.junit.jupiter.api.Test;

import org.mockito.InOrder;

import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.exception.SurveyDispatchInUseException;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.persistence.SurveyAccessTokenPersistence;
import se.livsviktig.survey.service.persistence.SurveyInvitationPersistence;

/**
 * @author Livsviktig
 */
public class DispatchInvitationsTest {

	@Test
	public void aNewCloseDateMovesThePendingAndSentInvitationsByOneStatement() {
		Session session = mock(Session.class);
		SQLQuery sqlQuery = mock(SQLQuery.class);

		when(_invitations.getCurrentSession()).thenReturn(session);
		when(
			session.createSynchronizedSQLQuery(
				DispatchInvitations.MOVE_OPEN_EXPIRY)
		).thenReturn(
			sqlQuery
		);
		when(sqlQuery.executeUpdate()).thenReturn(3);

		Date closeDate = new Date(1_900_000_000_000L);

		assertEquals(3, _dispatchInvitations.moveOpenExpiry(_ID, closeDate));

		InOrder inOrder = inOrder(sqlQuery, _invitations);

		inOrder.verify(
			sqlQuery
		).setTimestamp(
			0, new Timestamp(closeDate.getTime())
		);
		inOrder.verify(
			sqlQuery
		).setLong(
			1, _ID
		);
		inOrder.verify(
			sqlQuery
		).setInteger(
			2, SurveyInvitationConstants.STATUS_PENDING
		);
		inOrder.verify(
			sqlQuery
		).setInteger(
			3, SurveyInvitationConstants.STATUS_SENT
		);
		inOrder.verify(sqlQuery).executeUpdate();
		inOrder.verify(_invitations).clearCache();
		verify(_invitations, never()).update(any());
	}

	@Test
	public void aDispatchThatSentAnInvitationKeepsItsInvitations() {
		_assertRefusedWith(SurveyInvitationConstants.STATUS_SENT);
	}

	@Test
	public void aDispatchWithAnAnsweredInvitationKeepsItsInvitations() {
		_assertRefusedWith(SurveyInvitationConstants.STATUS_ANSWERED);
	}

	@Test
	public void aDispatchWithAnOptedOutInvitationKeepsItsInvitations() {
		_assertRefusedWith(SurveyInvitationConstants.STATUS_OPTED_OUT);
	}

	@Test
	public void pendingInvitationsGoWithTheirLinksByGuardedStatements()
		throws Exception {

		SQLQuery deleteLinks = _statement(
			DispatchInvitations.DELETE_PENDING_LINKS);
		SQLQuery deletePending = _statement(
			DispatchInvitations.DELETE_PENDING);
		SQLQuery countLeft = _statement(DispatchInvitations.COUNT_LEFT);

		when(countLeft.uniqueResult()).thenReturn(0L);

		_dispatchInvitations.deletePending(_ID);

		InOrder inOrder = inOrder(deleteLinks, deletePending, countLeft);

		for (SQLQuery delete : new SQLQuery[] {deleteLinks, deletePending}) {
			inOrder.verify(
				delete
			).setLong(
				0, _ID
			);
			inOrder.verify(
				delete
			).setInteger(
				1, SurveyInvitationConstants.STATUS_PENDING
			);
			inOrder.verify(delete).executeUpdate();
		}

		inOrder.verify(
			countLeft
		).setLong(
			0, _ID
		);
		inOrder.verify(countLeft).uniqueResult();

		verify(_invitations).clearCache();
		verify(_tokens).clearCache();
		verify(_invitations, never()).remove(any(SurveyInvitation.class));
	}

	/**
	 * The job claimed a pending invitation after the check: the guarded delete skipped it, so it is still there,
	 * and the delete must be refused for the transaction to roll back the links and everything else.
	 */
	@Test
	public void anInvitationTheJobClaimedAfterTheCheckRefusesTheDelete() {
		_statement(DispatchInvitations.DELETE_PENDING_LINKS);
		_statement(DispatchInvitations.DELETE_PENDING);

		SQLQuery countLeft = _statement(DispatchInvitations.COUNT_LEFT);

		when(countLeft.uniqueResult()).thenReturn(1L);

		assertThrows(
			SurveyDispatchInUseException.class,
			() -> _dispatchInvitations.deletePending(_ID));
	}

	private void _assertRefusedWith(int status) {
		when(_invitations.countByD_S(_ID, status)).thenReturn(1);

		assertThrows(
			SurveyDispatchInUseException.class,
			() -> _dispatchInvitations.deletePending(_ID));

		verify(_invitations, never()).remove(any(SurveyInvitation.class));
		verify(_tokens, never()).removeBySurveyInvitationId(anyLong());
	}

	private SQLQuery _statement(String sql) {
		SQLQuery sqlQuery = mock(SQLQuery.class);

		when(_invitations.getCurrentSession()).thenReturn(_session);
		when(_session.createSynchronizedSQLQuery(sql)).thenReturn(sqlQuery);

		return sqlQuery;
	}

	private static final long _ID = 72;

	private final Session _session = mock(Session.class);
	private final SurveyInvitationPersistence _invitations = mock(
		SurveyInvitationPersistence.class);
	private final SurveyAccessTokenPersistence _tokens = mock(
		SurveyAccessTokenPersistence.class);
	private final DispatchInvitations _dispatchInvitations =
		new DispatchInvitations(_invitations, _tokens);

}
