<%@ include file="/init.jsp" %>

<%
SurveyQuestionsDisplayContext surveyQuestionsDisplayContext = (SurveyQuestionsDisplayContext)request.getAttribute(SurveyWebKeys.SURVEY_QUESTIONS_DISPLAY_CONTEXT);

String successMessageKey = surveyQuestionsDisplayContext.getSuccessMessageKey();

List<QuestionCard> questionCards = surveyQuestionsDisplayContext.getQuestionCards();
%>

<clay:container-fluid cssClass="livsviktig-survey-admin livsviktig-survey-questions">
	<p>
		<a href="<%= HtmlUtil.escapeHREF(surveyQuestionsDisplayContext.getBackURL()) %>"><liferay-ui:message key="back-to-the-surveys" /></a>
	</p>

	<h1><liferay-ui:message arguments="<%= HtmlUtil.escape(surveyQuestionsDisplayContext.getTitle()) %>" key="questions-of-x" /></h1>

	<%@ include file="/survey_admin/success_message.jspf" %>

	<c:if test="<%= surveyQuestionsDisplayContext.getErrorKey() != null %>">
		<clay:alert displayType="danger">
			<liferay-ui:message key="<%= surveyQuestionsDisplayContext.getErrorKey() %>" />
		</clay:alert>
	</c:if>

	<ul class="list-inline">
		<li class="list-inline-item"><a href="<%= HtmlUtil.escapeHREF(surveyQuestionsDisplayContext.getEditSurveyURL()) %>"><liferay-ui:message key="edit-survey" /></a></li>
		<li class="list-inline-item"><a href="<%= HtmlUtil.escapeHREF(surveyQuestionsDisplayContext.getDispatchesURL()) %>"><liferay-ui:message key="dispatches" /></a></li>
	</ul>

	<c:choose>
		<c:when test="<%= surveyQuestionsDisplayContext.isLocked() %>">
			<clay:alert displayType="info" title="the-questions-are-locked">
				<liferay-ui:message key="the-survey-has-responses-its-questions-can-no-longer-be-changed-copy-the-survey-to-change-them" />
			</clay:alert>
		</c:when>
		<c:otherwise>
			<p>
				<a class="btn btn-primary" href="<%= HtmlUtil.escapeHREF(surveyQuestionsDisplayContext.getAddQuestionURL()) %>"><liferay-ui:message key="add-question" /></a>
			</p>
		</c:otherwise>
	</c:choose>

	<form action="<%= HtmlUtil.escapeHREF(surveyQuestionsDisplayContext.getCopySurveyURL()) %>" class="mb-4" method="post" name="<portlet:namespace />copyFm">
		<input name="<portlet:namespace />surveyId" type="hidden" value="<%= surveyQuestionsDisplayContext.getSurveyId() %>" />

		<button class="btn btn-secondary" type="submit"><liferay-ui:message key="copy-survey" /></button>
	</form>

	<c:if test="<%= questionCards.isEmpty() %>">
		<p><liferay-ui:message key="the-survey-has-no-questions-yet" /></p>
	</c:if>

	<ol class="list-unstyled">

		<%
		for (QuestionCard questionCard : questionCards) {
			QuestionView questionView = questionCard.getQuestionView();

			String questionName = LanguageUtil.format(request, "question-x", questionCard.getNumber());
		%>

			<li class="card">
				<div class="card-body">
					<h2 class="h4"><liferay-ui:message arguments="<%= questionCard.getNumber() %>" key="question-x" /> &ndash; <liferay-ui:message key="<%= questionCard.getTypeKey() %>" /></h2>

					<div aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "preview-as-the-answer-page-shows-it")) %>" class="border livsviktig-survey-preview mb-3 p-3" role="group">
						<%@ include file="/survey_answer/question.jspf" %>
					</div>

					<c:if test="<%= !surveyQuestionsDisplayContext.isLocked() %>">
						<ul class="list-inline mb-0">
							<li class="list-inline-item">
								<a class="btn btn-secondary btn-sm" href="<%= HtmlUtil.escapeHREF(questionCard.getEditURL()) %>"><liferay-ui:message key="edit" /><span class="sr-only">: <%= HtmlUtil.escape(questionName) %></span></a>
							</li>

							<c:if test="<%= !questionCard.isFirst() %>">
								<li class="list-inline-item">
									<form action="<%= HtmlUtil.escapeHREF(surveyQuestionsDisplayContext.getMoveQuestionURL()) %>" method="post">
										<input name="<portlet:namespace />surveyId" type="hidden" value="<%= surveyQuestionsDisplayContext.getSurveyId() %>" />
										<input name="<portlet:namespace />surveyQuestionId" type="hidden" value="<%= questionView.getSurveyQuestionId() %>" />
										<input name="<portlet:namespace />newPosition" type="hidden" value="<%= questionCard.getPosition() - 1 %>" />

										<button class="btn btn-secondary btn-sm" type="submit"><liferay-ui:message key="move-up" /><span class="sr-only">: <%= HtmlUtil.escape(questionName) %></span></button>
									</form>
								</li>
							</c:if>

							<c:if test="<%= !questionCard.isLast() %>">
								<li class="list-inline-item">
									<form action="<%= HtmlUtil.escapeHREF(surveyQuestionsDisplayContext.getMoveQuestionURL()) %>" method="post">
										<input name="<portlet:namespace />surveyId" type="hidden" value="<%= surveyQuestionsDisplayContext.getSurveyId() %>" />
										<input name="<portlet:namespace />surveyQuestionId" type="hidden" value="<%= questionView.getSurveyQuestionId() %>" />
										<input name="<portlet:namespace />newPosition" type="hidden" value="<%= questionCard.getPosition() + 1 %>" />

										<button class="btn btn-secondary btn-sm" type="submit"><liferay-ui:message key="move-down" /><span class="sr-only">: <%= HtmlUtil.escape(questionName) %></span></button>
									</form>
								</li>
							</c:if>

							<li class="list-inline-item">
								<portlet:renderURL var="confirmDeleteQuestionURL">
									<portlet:param name="mvcRenderCommandName" value="/survey/admin/confirm_delete" />
									<portlet:param name="type" value="question" />
									<portlet:param name="surveyId" value="<%= String.valueOf(surveyQuestionsDisplayContext.getSurveyId()) %>" />
									<portlet:param name="surveyQuestionId" value="<%= String.valueOf(questionView.getSurveyQuestionId()) %>" />
								</portlet:renderURL>

								<a class="btn btn-danger btn-sm" href="<%= HtmlUtil.escapeHREF(confirmDeleteQuestionURL) %>"><liferay-ui:message key="delete" /><span class="sr-only">: <%= HtmlUtil.escape(questionName) %></span></a>
							</li>
						</ul>
					</c:if>
				</div>
			</li>

		<%
		}
		%>

	</ol>
</clay:container-fluid>
