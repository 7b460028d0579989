<%@ include file="/init.jsp" %>

<%
TaughtSessionSurveys taughtSessionSurveys = (TaughtSessionSurveys)request.getAttribute(SurveyWebKeys.TAUGHT_SESSION_SURVEYS);

SurveyResultsDisplayContext surveyResultsDisplayContext = (SurveyResultsDisplayContext)request.getAttribute(SurveyWebKeys.SURVEY_RESULTS_DISPLAY_CONTEXT);

String courseTitle = (String)request.getAttribute("courseTitle");
%>

<clay:container-fluid cssClass="livsviktig-instructor-results livsviktig-survey-results">
	<p>
		<a href="<%= HtmlUtil.escapeHREF((String)request.getAttribute("backURL")) %>"><liferay-ui:message key="back-to-my-course-evaluations" /></a>
	</p>

	<h2><liferay-ui:message arguments="<%= HtmlUtil.escape(courseTitle) %>" key="evaluations-of-x" /></h2>

	<c:choose>
		<c:when test="<%= taughtSessionSurveys.getChosenSurvey() == null %>">
			<p><liferay-ui:message key="nobody-has-answered-a-survey-about-this-session-yet" /></p>
		</c:when>
		<c:otherwise>
			<c:if test="<%= taughtSessionSurveys.getChoices().size() > 1 %>">
				<nav aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "surveys-of-this-session")) %>">
					<ul class="nav nav-underline mb-3">

						<%
						for (TaughtSessionSurveys.Choice choice : taughtSessionSurveys.getChoices()) {
						%>

							<li class="nav-item">
								<a <%= choice.isChosen() ? "aria-current=\"page\" class=\"active nav-link\"" : "class=\"nav-link\"" %> href="<%= HtmlUtil.escapeHREF(choice.getURL()) %>"><%= HtmlUtil.escape(choice.getTitle()) %></a>
							</li>

						<%
						}
						%>

					</ul>
				</nav>
			</c:if>

			<h3><%= HtmlUtil.escape(taughtSessionSurveys.getChosenSurvey().getTitle(locale)) %></h3>

			<%@ include file="/results/results_body.jspf" %>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
