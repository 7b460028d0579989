<%@ include file="/init.jsp" %>

<%
SurveysDisplayContext surveysDisplayContext = (SurveysDisplayContext)request.getAttribute(SurveyWebKeys.SURVEYS_DISPLAY_CONTEXT);

String successMessageKey = surveysDisplayContext.getSuccessMessageKey();

List<SurveyRow> rows = surveysDisplayContext.getRows();
%>

<clay:container-fluid cssClass="livsviktig-survey-admin">
	<h1><liferay-ui:message key="surveys" /></h1>

	<%@ include file="/survey_admin/success_message.jspf" %>

	<p>
		<a class="btn btn-primary" href="<%= HtmlUtil.escapeHREF(surveysDisplayContext.getAddSurveyURL()) %>"><liferay-ui:message key="add-survey" /></a>
	</p>

	<c:choose>
		<c:when test="<%= rows.isEmpty() %>">
			<p><liferay-ui:message key="no-surveys-yet" /></p>
		</c:when>
		<c:otherwise>
			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="surveys" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="title" /></th>
							<th scope="col"><liferay-ui:message key="kind" /></th>
							<th scope="col"><liferay-ui:message key="anonymous" /></th>
							<th scope="col"><liferay-ui:message key="status" /></th>
							<th class="text-right" scope="col"><liferay-ui:message key="questions" /></th>
							<th class="text-right" scope="col"><liferay-ui:message key="responses" /></th>
							<th scope="col"><liferay-ui:message key="actions" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (SurveyRow row : rows) {
							String rowTitle = HtmlUtil.escape(row.getTitle());
						%>

							<tr>
								<th scope="row"><%= rowTitle %></th>
								<td><liferay-ui:message key="<%= row.getKindKey() %>" /></td>
								<td><liferay-ui:message key="<%= row.getAnonymousKey() %>" /></td>
								<td><liferay-ui:message key="<%= row.getStatusKey() %>" /></td>
								<td class="text-right"><%= row.getQuestionCount() %></td>
								<td class="text-right"><%= row.getResponseCount() %></td>
								<td>
									<ul class="list-inline mb-0">
										<li class="list-inline-item"><a href="<%= HtmlUtil.escapeHREF(row.getQuestionsURL()) %>"><liferay-ui:message key="questions" /><span class="sr-only">: <%= rowTitle %></span></a></li>
										<li class="list-inline-item"><a href="<%= HtmlUtil.escapeHREF(row.getDispatchesURL()) %>"><liferay-ui:message key="dispatches" /><span class="sr-only">: <%= rowTitle %></span></a></li>
										<li class="list-inline-item"><a href="<%= HtmlUtil.escapeHREF(row.getResultsURL()) %>"><liferay-ui:message key="results" /><span class="sr-only">: <%= rowTitle %></span></a></li>
										<li class="list-inline-item"><a href="<%= HtmlUtil.escapeHREF(row.getEditURL()) %>"><liferay-ui:message key="edit" /><span class="sr-only">: <%= rowTitle %></span></a></li>
									</ul>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
