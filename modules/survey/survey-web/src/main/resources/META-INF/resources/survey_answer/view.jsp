<%@ include file="/init.jsp" %>

<%
AnswerFormDisplayContext answerFormDisplayContext = (AnswerFormDisplayContext)request.getAttribute(SurveyWebKeys.ANSWER_FORM_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = answerFormDisplayContext.getFieldErrors();
%>

<clay:container-fluid cssClass="livsviktig-survey-answer">
	<c:choose>
		<c:when test="<%= AnswerFormDisplayContext.STATE_THANKS.equals(answerFormDisplayContext.getState()) %>">
			<h2><liferay-ui:message key="thank-you-for-your-answers" /></h2>

			<clay:alert displayType="success">
				<liferay-ui:message key="your-answers-have-been-saved" />
			</clay:alert>
		</c:when>
		<c:when test="<%= AnswerFormDisplayContext.STATE_OPTED_OUT.equals(answerFormDisplayContext.getState()) %>">
			<h2><liferay-ui:message key="you-have-declined-the-survey" /></h2>

			<clay:alert displayType="info">
				<liferay-ui:message key="you-will-get-no-more-reminders-about-this-survey" />
			</clay:alert>
		</c:when>
		<c:when test="<%= AnswerFormDisplayContext.STATE_UNUSABLE_LINK.equals(answerFormDisplayContext.getState()) %>">
			<h2><liferay-ui:message key="the-link-cannot-be-used" /></h2>

			<clay:alert displayType="warning">
				<liferay-ui:message key="this-link-cannot-be-used-it-may-have-been-used-already-or-the-survey-has-closed" />
			</clay:alert>
		</c:when>
		<c:otherwise>
			<h2><%= HtmlUtil.escape(answerFormDisplayContext.getTitle()) %></h2>

			<c:if test="<%= Validator.isNotNull(answerFormDisplayContext.getDescription()) %>">
				<p class="livsviktig-survey-description"><%= HtmlUtil.escape(answerFormDisplayContext.getDescription()) %></p>
			</c:if>

			<%@ include file="/error_summary.jspf" %>

			<p><liferay-ui:message key="questions-marked-required-must-be-answered" /></p>

			<form action="<%= HtmlUtil.escapeHREF(answerFormDisplayContext.getAddResponseURL()) %>" method="post" name="<portlet:namespace />fm" novalidate>
				<%@ include file="/survey_answer/answer_key.jspf" %>

				<%
				for (QuestionView questionView : answerFormDisplayContext.getQuestionViews()) {
				%>

					<%@ include file="/survey_answer/question.jspf" %>

				<%
				}
				%>

				<button class="btn btn-primary" type="submit"><liferay-ui:message key="send-answers" /></button>
			</form>

			<c:if test="<%= answerFormDisplayContext.isOptOutOffered() %>">
				<form action="<%= HtmlUtil.escapeHREF(answerFormDisplayContext.getOptOutURL()) %>" class="mt-4" method="post" name="<portlet:namespace />optOutFm">
					<%@ include file="/survey_answer/answer_key.jspf" %>

					<p><liferay-ui:message key="if-you-do-not-want-to-answer-decline-and-you-will-get-no-more-reminders" /></p>

					<button class="btn btn-secondary" type="submit"><liferay-ui:message key="decline-the-survey" /></button>
				</form>
			</c:if>
		</c:otherwise>
	</c:choose>

	<c:if test="<%= answerFormDisplayContext.getMySurveysURL() != null %>">
		<p class="mt-4">
			<a href="<%= HtmlUtil.escapeHREF(answerFormDisplayContext.getMySurveysURL()) %>"><liferay-ui:message key="back-to-my-surveys" /></a>
		</p>
	</c:if>
</clay:container-fluid>
