<%@ include file="/init.jsp" %>

<%
MySurveysDisplayContext mySurveysDisplayContext = (MySurveysDisplayContext)request.getAttribute(SurveyWebKeys.MY_SURVEYS_DISPLAY_CONTEXT);

List<MySurveyRow> rows = mySurveysDisplayContext.getRows();
%>

<clay:container-fluid cssClass="livsviktig-my-surveys">
	<h2><liferay-ui:message key="my-surveys" /></h2>

	<c:choose>
		<c:when test="<%= rows.isEmpty() %>">
			<p><liferay-ui:message key="you-have-no-surveys-to-answer" /></p>
		</c:when>
		<c:otherwise>
			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="surveys-waiting-for-your-answers" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="survey" /></th>
							<th scope="col"><liferay-ui:message key="course" /></th>
							<th scope="col"><liferay-ui:message key="closes-on" /></th>
							<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (MySurveyRow row : rows) {
						%>

							<tr>
								<th scope="row"><%= HtmlUtil.escape(row.getSurveyTitle()) %></th>
								<td><%= HtmlUtil.escape(row.getCourseTitle()) %></td>
								<td><%= HtmlUtil.escape(row.getClosesOn()) %></td>
								<td>
									<a class="btn btn-primary btn-sm" href="<%= HtmlUtil.escapeHREF(row.getAnswerURL()) %>"><liferay-ui:message key="answer" /><span class="sr-only">: <%= HtmlUtil.escape(row.getSurveyTitle()) %></span></a>
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
