<%@ include file="/init.jsp" %>

<%
SurveyDispatchesDisplayContext surveyDispatchesDisplayContext = (SurveyDispatchesDisplayContext)request.getAttribute(SurveyWebKeys.SURVEY_DISPATCHES_DISPLAY_CONTEXT);

String successMessageKey = surveyDispatchesDisplayContext.getSuccessMessageKey();

List<DispatchRow> rows = surveyDispatchesDisplayContext.getRows();
%>

<clay:container-fluid cssClass="livsviktig-survey-admin livsviktig-survey-dispatches">
	<p>
		<a href="<%= HtmlUtil.escapeHREF(surveyDispatchesDisplayContext.getBackURL()) %>"><liferay-ui:message key="back-to-the-surveys" /></a>
	</p>

	<h1><liferay-ui:message arguments="<%= HtmlUtil.escape(surveyDispatchesDisplayContext.getSurveyTitle()) %>" key="dispatches-of-x" /></h1>

	<%@ include file="/survey_admin/success_message.jspf" %>

	<ul class="list-inline">
		<li class="list-inline-item"><a class="btn btn-primary" href="<%= HtmlUtil.escapeHREF(surveyDispatchesDisplayContext.getAddDispatchURL()) %>"><liferay-ui:message key="add-dispatch" /></a></li>
		<li class="list-inline-item"><a href="<%= HtmlUtil.escapeHREF(surveyDispatchesDisplayContext.getQuestionsURL()) %>"><liferay-ui:message key="questions" /></a></li>
	</ul>

	<c:choose>
		<c:when test="<%= rows.isEmpty() %>">
			<p><liferay-ui:message key="the-survey-has-no-dispatches-yet" /></p>
		</c:when>
		<c:otherwise>
			<div class="table-responsive">
				<table class="table table-autofit">
					<caption class="sr-only"><liferay-ui:message key="dispatches-and-their-progress" /></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="sent-to" /></th>
							<th scope="col"><liferay-ui:message key="when" /></th>
							<th scope="col"><liferay-ui:message key="completed-from" /></th>
							<th scope="col"><liferay-ui:message key="closes-on" /></th>
							<th scope="col"><liferay-ui:message key="reminders" /></th>
							<th scope="col"><liferay-ui:message key="status" /></th>
							<th class="text-right" scope="col"><liferay-ui:message key="invited" /></th>
							<th class="text-right" scope="col"><liferay-ui:message key="answered" /></th>
							<th class="text-right" scope="col"><liferay-ui:message key="reminded" /></th>
							<th class="text-right" scope="col"><liferay-ui:message key="opted-out" /></th>
							<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
						</tr>
					</thead>
					<tbody>

						<%
						String dispatchesSurveyId = ParamUtil.getString(renderRequest, "surveyId");

						for (DispatchRow row : rows) {
						%>

							<tr>
								<th scope="row"><%= HtmlUtil.escape(row.getTarget()) %></th>
								<td><%= HtmlUtil.escape(row.getTrigger()) %></td>
								<td><%= HtmlUtil.escape(row.getWindowStart()) %></td>
								<td><%= HtmlUtil.escape(row.getCloses()) %></td>
								<td><%= HtmlUtil.escape(row.getReminders()) %></td>
								<td><liferay-ui:message key="<%= row.getStatusKey() %>" /></td>
								<td class="text-right"><%= row.getInvited() %></td>
								<td class="text-right"><%= row.getAnswered() %></td>
								<td class="text-right"><%= row.getReminded() %></td>
								<td class="text-right"><%= row.getOptedOut() %></td>
								<td>
									<portlet:renderURL var="confirmDeleteDispatchURL">
										<portlet:param name="mvcRenderCommandName" value="/survey/admin/confirm_delete" />
										<portlet:param name="type" value="dispatch" />
										<portlet:param name="surveyId" value="<%= dispatchesSurveyId %>" />
										<portlet:param name="surveyDispatchId" value="<%= String.valueOf(row.getSurveyDispatchId()) %>" />
									</portlet:renderURL>

									<ul class="list-inline mb-0">
										<li class="list-inline-item"><a href="<%= HtmlUtil.escapeHREF(row.getEditURL()) %>"><liferay-ui:message key="edit" /><span class="sr-only">: <%= HtmlUtil.escape(row.getTarget()) %></span></a></li>
										<li class="list-inline-item"><a href="<%= HtmlUtil.escapeHREF(confirmDeleteDispatchURL) %>"><liferay-ui:message key="delete" /><span class="sr-only">: <%= HtmlUtil.escape(row.getTarget()) %></span></a></li>
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
