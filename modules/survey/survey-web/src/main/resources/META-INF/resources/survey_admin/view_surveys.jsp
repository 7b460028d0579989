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

										<portlet:renderURL var="confirmDeleteSurveyURL">
											<portlet:param name="mvcRenderCommandName" value="/survey/admin/confirm_delete" />
											<portlet:param name="type" value="survey" />
											<portlet:param name="surveyId" value="<%= String.valueOf(row.getSurveyId()) %>" />
										</portlet:renderURL>

										<li class="list-inline-item"><a href="<%= HtmlUtil.escapeHREF(confirmDeleteSurveyURL) %>"><liferay-ui:message key="delete" /><span class="sr-only">: <%= rowTitle %></span></a></li>
									</ul>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>

			<%
			SurveyListPages surveyListPages = surveysDisplayContext.getPages();
			%>

			<p class="text-secondary"><liferay-ui:message arguments="<%= surveyListPages.getTotal() %>" key="x-surveys" /></p>

			<c:if test="<%= surveyListPages.isShow() %>">
				<nav aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "pages-of-surveys")) %>">
					<ul class="pagination">

						<%
						for (SurveyListPages.Page surveyListPage : surveyListPages.getPages()) {
						%>

							<li class="page-item<%= surveyListPage.isCurrent() ? " active" : "" %>">
								<a <%= surveyListPage.isCurrent() ? "aria-current=\"page\"" : "" %> class="page-link" href="<%= HtmlUtil.escapeHREF(surveyListPage.getURL()) %>"><span class="sr-only"><liferay-ui:message key="page" /> </span><%= surveyListPage.getNumber() %></a>
							</li>

						<%
						}
						%>

					</ul>
				</nav>
			</c:if>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
