package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.SurveyResponseLocalService;

/**
 * Someone who reads the whole database tries to tie each anonymous response to its invitation, and fails: two
 * sessions of eight invitees, six of each answering in the very order they were invited (the easiest case for an
 * attacker), right after one another. Every column of the response (and the ids of its answers) is set against
 * every column of the invitations, by equal values and by order, on top of what the grouping legitimately narrows
 * it down to; no response may be left with a single candidate, and no column may give the true pairing.
 *
 * <p>
 * It goes red when a response keeps anything that ties it to its invitation: the invitation's or registration's
 * id, a time (the order of answering follows the order of invitations here), or an ascending primary key.
 * </p>
 *
 * @author Livsviktig
 */
class AnonymousResponseLinkingIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		AnsweringFixture.stubCompany(harness);
	}

	@Test
	void noColumnTiesAnAnonymousResponseToItsInvitation() throws Exception {
		AnsweringFixture fixture = new AnsweringFixture(harness);

		Survey survey = fixture.survey(true);

		long surveyDispatchId = fixture.surveyDispatch(
			survey.getSurveyId()
		).getSurveyDispatchId();

		List<Long> questionIds = fixture.questionIds(survey.getSurveyId());

		Map<Long, Long> trueInvitationIds = new HashMap<>();

		long sentMillis = System.currentTimeMillis() - (3 * _DAY_MILLIS);

		for (int session = 0; session < 2; session++) {
			long courseSessionId = fixture.newId();
			long organizationId = fixture.newId();

			List<SurveyInvitation> invitations = new ArrayList<>();
			List<String> links = new ArrayList<>();

			for (int invitee = 0; invitee < 8; invitee++) {

				// Sent one after another, a minute apart, as the dispatch job sends them

				sentMillis += 60_000;

				SurveyInvitation surveyInvitation = fixture.invitation(
					surveyDispatchId, courseSessionId, organizationId,
					new Date(sentMillis));

				invitations.add(surveyInvitation);
				links.add(fixture.link(surveyInvitation.getSurveyInvitationId()));
			}

			for (int invitee = 0; invitee < 6; invitee++) {
				Set<Long> before = _responseIds();

				_responses().addResponse(
					links.get(invitee),
					Map.of(
						questionIds.get(0),
						new String[] {String.valueOf(1 + (invitee % 5))},
						questionIds.get(3), new String[] {"0", "2"},
						questionIds.get(4), new String[] {"Bra kurs"}));

				Set<Long> after = _responseIds();

				after.removeAll(before);

				assertEquals(1, after.size());

				trueInvitationIds.put(
					after.iterator(
					).next(),
					invitations.get(
						invitee
					).getSurveyInvitationId());
			}
		}

		List<Map<String, Object>> responses;
		List<Map<String, Object>> invitations;
		List<Map<String, Object>> answers;

		try (Connection connection = harness.database().connect()) {
			responses = AnsweringFixture.rows(
				connection, "LVSurvey_SurveyResponse");
			invitations = AnsweringFixture.rows(
				connection, "LVSurvey_SurveyInvitation");
			answers = AnsweringFixture.rows(connection, "LVSurvey_SurveyAnswer");
		}

		assertEquals(12, responses.size());

		_addAnswerColumns(responses, answers);

		List<Map<String, Object>> answered = invitations.stream(
		).filter(
			invitation ->
				_number(invitation.get("status")) ==
					SurveyInvitationConstants.STATUS_ANSWERED
		).collect(
			Collectors.toList()
		);

		assertEquals(12, answered.size());

		for (Map<String, Object> response : responses) {
			long surveyResponseId = _number(response.get("surveyresponseid"));

			Long trueInvitationId = trueInvitationIds.get(surveyResponseId);

			List<Map<String, Object>> candidates = _byGrouping(
				response, answered);

			// What the design allows: the grouping narrows a response down to the answered invitations of its group

			assertTrue(
				candidates.size() > 1,
				"Response " + surveyResponseId + " has the candidates " +
					candidates);
			assertTrue(
				candidates.stream(
				).anyMatch(
					candidate ->
						_number(candidate.get("surveyinvitationid")) ==
							trueInvitationId
				),
				"The grouping must keep the true invitation among the " +
					"candidates");

			// No single column value picks the true invitation out of them

			for (Map.Entry<String, Object> responseColumn :
					response.entrySet()) {

				for (String invitationColumn : invitations.get(0).keySet()) {
					List<Map<String, Object>> equal = candidates.stream(
					).filter(
						candidate -> _equal(
							responseColumn.getValue(),
							candidate.get(invitationColumn))
					).collect(
						Collectors.toList()
					);

					if ((equal.size() == 1) &&
						(_number(equal.get(0).get("surveyinvitationid")) ==
							trueInvitationId)) {

						throw new AssertionError(
							"response." + responseColumn.getKey() +
								" = invitation." + invitationColumn +
									" ties response " + surveyResponseId +
										" to invitation " + trueInvitationId);
					}
				}
			}
		}

		// Nor does any order: ranking the responses of a session by one column and its answered invitations by
		// another must not give the true pairing of the whole session

		for (String responseColumn : responses.get(0).keySet()) {
			for (String invitationColumn : invitations.get(0).keySet()) {
				_assertOrderDoesNotPair(
					responses, answered, responseColumn, invitationColumn,
					trueInvitationIds);
			}
		}
	}

	/**
	 * The answers' own columns count as the response's: the smallest and largest answer id, and the answers'
	 * versions.
	 */
	private void _addAnswerColumns(
		List<Map<String, Object>> responses,
		List<Map<String, Object>> answers) {

		for (Map<String, Object> response : responses) {
			Object surveyResponseId = response.get("surveyresponseid");

			List<Map<String, Object>> responseAnswers = answers.stream(
			).filter(
				answer -> _equal(answer.get("surveyresponseid"), surveyResponseId)
			).collect(
				Collectors.toList()
			);

			response.put(
				"answer.min.surveyanswerid",
				responseAnswers.stream(
				).map(
					answer -> _number(answer.get("surveyanswerid"))
				).min(
					Comparator.naturalOrder()
				).orElse(
					null
				));
			response.put(
				"answer.max.surveyanswerid",
				responseAnswers.stream(
				).map(
					answer -> _number(answer.get("surveyanswerid"))
				).max(
					Comparator.naturalOrder()
				).orElse(
					null
				));
			response.put(
				"answer.sum.mvccversion",
				responseAnswers.stream(
				).mapToLong(
					answer -> _number(answer.get("mvccversion"))
				).sum());
		}
	}

	private void _assertOrderDoesNotPair(
		List<Map<String, Object>> responses,
		List<Map<String, Object>> answered, String responseColumn,
		String invitationColumn, Map<Long, Long> trueInvitationIds) {

		Map<Object, List<Map<String, Object>>> sessions = responses.stream(
		).collect(
			Collectors.groupingBy(
				response -> response.get("coursesessionid"))
		);

		int pairedSessions = 0;

		for (Map.Entry<Object, List<Map<String, Object>>> session :
				sessions.entrySet()) {

			List<Map<String, Object>> sessionResponses = _sortedIfDistinct(
				session.getValue(), responseColumn);
			List<Map<String, Object>> sessionInvitations = _sortedIfDistinct(
				answered.stream(
				).filter(
					invitation -> _equal(
						invitation.get("coursesessionid"), session.getKey())
				).collect(
					Collectors.toList()
				),
				invitationColumn);

			if ((sessionResponses == null) || (sessionInvitations == null)) {
				return;
			}

			boolean paired = true;

			for (int i = 0; i < sessionResponses.size(); i++) {
				long surveyResponseId = _number(
					sessionResponses.get(
						i
					).get(
						"surveyresponseid"
					));

				if (!Objects.equals(
						trueInvitationIds.get(surveyResponseId),
						_number(
							sessionInvitations.get(
								i
							).get(
								"surveyinvitationid"
							)))) {

					paired = false;
				}
			}

			if (paired) {
				pairedSessions++;
			}
		}

		if (pairedSessions == sessions.size()) {
			throw new AssertionError(
				"Ordering responses by " + responseColumn +
					" and invitations by " + invitationColumn +
						" pairs every response with its invitation");
		}
	}

	private List<Map<String, Object>> _byGrouping(
		Map<String, Object> response, List<Map<String, Object>> answered) {

		Date responseDay = (Date)response.get("responseday");

		return answered.stream(
		).filter(
			invitation ->
				_equal(invitation.get("companyid"), response.get("companyid")) &&
				_equal(invitation.get("groupid"), response.get("groupid")) &&
				_equal(invitation.get("surveyid"), response.get("surveyid")) &&
				_equal(
					invitation.get("surveydispatchid"),
					response.get("surveydispatchid")) &&
				_equal(invitation.get("methodid"), response.get("methodid")) &&
				_equal(
					invitation.get("coursesessionid"),
					response.get("coursesessionid")) &&
				_equal(
					invitation.get("organizationid"),
					response.get("organizationid")) &&
				!((Date)invitation.get("sentdate")).after(
					new Date(responseDay.getTime() + _DAY_MILLIS))
		).collect(
			Collectors.toList()
		);
	}

	/**
	 * Equal as someone comparing values across tables would take them: numbers by value, times by instant.
	 */
	private boolean _equal(Object value, Object other) {
		if ((value == null) || (other == null)) {
			return false;
		}

		Object comparable = _comparable(value);
		Object otherComparable = _comparable(other);

		return comparable.equals(otherComparable);
	}

	private Object _comparable(Object value) {
		if (value instanceof Date) {
			return ((Date)value).getTime();
		}

		if (value instanceof Number) {
			return ((Number)value).longValue();
		}

		if (value instanceof Boolean) {
			return ((Boolean)value) ? 1L : 0L;
		}

		return value.toString();
	}

	private long _number(Object value) {
		return ((Number)_comparable(value)).longValue();
	}

	private Set<Long> _responseIds() throws Exception {
		Set<Long> responseIds = new HashSet<>();

		try (Connection connection = harness.database().connect()) {
			for (Map<String, Object> row :
					AnsweringFixture.rows(
						connection, "LVSurvey_SurveyResponse")) {

				responseIds.add(_number(row.get("surveyresponseid")));
			}
		}

		return responseIds;
	}

	private SurveyResponseLocalService _responses() {
		return harness.get(SurveyResponseLocalService.class);
	}

	/**
	 * The rows sorted by the column, or null when the column cannot order them (a value missing or repeated):
	 * ties say nothing about which row is which.
	 */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> _sortedIfDistinct(
		List<Map<String, Object>> rows, String column) {

		Set<Object> values = new HashSet<>();

		for (Map<String, Object> row : rows) {
			Object value = row.get(column);

			if ((value == null) || !values.add(_comparable(value))) {
				return null;
			}
		}

		List<Map<String, Object>> sorted = new ArrayList<>(rows);

		sorted.sort(
			Comparator.comparing(
				row -> (Comparable<Object>)_comparable(row.get(column))));

		return sorted;
	}

	private static final long _DAY_MILLIS = 24L * 60 * 60 * 1000;

}
