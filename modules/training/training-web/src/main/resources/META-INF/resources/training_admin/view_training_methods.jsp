<%@ include file="/init.jsp" %>

<%
AdminTrainingMethodsDisplayContext adminTrainingMethodsDisplayContext = (AdminTrainingMethodsDisplayContext)request.getAttribute(TrainingWebKeys.ADMIN_TRAINING_METHODS_DISPLAY_CONTEXT);

BaseAdminListDisplayContext<?> adminListDisplayContext = adminTrainingMethodsDisplayContext;

List<TrainingMethod> trainingMethods = adminTrainingMethodsDisplayContext.getResults();

String currentTab = "methods";
%>

<clay:container-fluid cssClass="livsviktig-training-admin">
	<%@ include file="/training_admin/tabs.jspf" %>

	<h2><liferay-ui:message key="training-methods" /></h2>

	<%@ include file="/training_admin/list_header.jspf" %>

	<c:if test="<%= adminTrainingMethodsDisplayContext.isShowAddButton() %>">
		<p>
			<a class="btn btn-primary" href="<%= HtmlUtil.escapeHREF(adminTrainingMethodsDisplayContext.getAddURL()) %>"><liferay-ui:message key="add-training-method" /></a>
		</p>
	</c:if>

	<form action="<%= HtmlUtil.escapeHREF(adminListDisplayContext.getSearchActionURL()) %>" aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "search-training-methods")) %>" method="get" role="search">
		<%@ include file="/training_admin/list_filters.jspf" %>
		<%@ include file="/training_admin/list_order.jspf" %>
	</form>

	<c:choose>
		<c:when test="<%= trainingMethods.isEmpty() %>">
			<p class="text-secondary">
				<liferay-ui:message key='<%= adminTrainingMethodsDisplayContext.isFiltered() ? "no-training-methods-match-the-search" : "no-training-methods-yet" %>' />
			</p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="training-methods" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="name" /></th>
						<th class="text-right" scope="col"><liferay-ui:message key="instructors-per-session" /></th>
						<th class="text-right" scope="col"><liferay-ui:message key="required-attendance-percent" /></th>
						<th scope="col"><liferay-ui:message key="status" /></th>
						<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
					</tr>
				</thead>
				<tbody>

					<portlet:actionURL name="/training/admin/archive_training_method" var="archiveTrainingMethodURL" />

					<portlet:actionURL name="/training/admin/restore_training_method" var="restoreTrainingMethodURL" />

					<%
					String redirect = String.valueOf(adminTrainingMethodsDisplayContext.getSearchContainer().getIteratorURL());

					for (TrainingMethod trainingMethod : trainingMethods) {
						String name = adminTrainingMethodsDisplayContext.getName(trainingMethod);
					%>

						<tr>
							<th class="table-cell-expand-smaller" scope="row"><%= HtmlUtil.escape(name) %></th>
							<td class="text-right"><%= trainingMethod.getInstructorsPerSession() %></td>
							<td class="text-right"><%= trainingMethod.getRequiredAttendancePercent() %>&nbsp;%</td>
							<td><liferay-ui:message key="<%= adminTrainingMethodsDisplayContext.getStatusLabelKey(trainingMethod.getStatus()) %>" /></td>
							<td>
								<a class="mr-3" href="<%= HtmlUtil.escapeHREF(adminTrainingMethodsDisplayContext.getEditURL(trainingMethod)) %>"><liferay-ui:message key="edit" /><span class="sr-only"> <%= HtmlUtil.escape(name) %></span></a>

								<form action="<%= HtmlUtil.escapeHREF((trainingMethod.getStatus() == WorkflowConstants.STATUS_INACTIVE) ? restoreTrainingMethodURL : archiveTrainingMethodURL) %>" class="d-inline-block" method="post">
									<input name="<portlet:namespace />trainingMethodId" type="hidden" value="<%= trainingMethod.getTrainingMethodId() %>" />
									<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(redirect) %>" />

									<button class="btn btn-link btn-sm p-0" type="submit"><liferay-ui:message key='<%= (trainingMethod.getStatus() == WorkflowConstants.STATUS_INACTIVE) ? "make-active-again" : "archive" %>' /><span class="sr-only"> <%= HtmlUtil.escape(name) %></span></button>
								</form>
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>

	<%@ include file="/training_admin/pagination.jspf" %>
</clay:container-fluid>
