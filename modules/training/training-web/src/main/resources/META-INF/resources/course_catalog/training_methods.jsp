<%@ include file="/init.jsp" %>

<%
TrainingMethodsDisplayContext trainingMethodsDisplayContext = (TrainingMethodsDisplayContext)request.getAttribute(TrainingWebKeys.TRAINING_METHODS_DISPLAY_CONTEXT);

List<TrainingMethod> trainingMethods = trainingMethodsDisplayContext.getTrainingMethods();
Pagination pagination = trainingMethodsDisplayContext.getPagination();
%>

<clay:container-fluid cssClass="livsviktig-course-catalog">
	<h2><liferay-ui:message key="course-catalogue" /></h2>

	<c:if test="<%= trainingMethodsDisplayContext.isShowSavedMessage() %>">
		<clay:alert displayType="success">
			<liferay-ui:message key="the-training-method-was-saved" />
		</clay:alert>
	</c:if>

	<c:if test="<%= trainingMethodsDisplayContext.isShowAddTrainingMethodButton() %>">
		<p>
			<a class="btn btn-primary" href="<%= HtmlUtil.escapeHREF(trainingMethodsDisplayContext.getAddTrainingMethodURL()) %>"><liferay-ui:message key="add-training-method" /></a>
		</p>
	</c:if>

	<h3><liferay-ui:message key="training-methods" /></h3>

	<c:choose>
		<c:when test="<%= trainingMethods.isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="no-training-methods-yet" /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="training-methods" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="name" /></th>
						<th scope="col"><liferay-ui:message key="description" /></th>
						<th class="text-right" scope="col"><liferay-ui:message key="instructors-per-session" /></th>
						<th class="text-right" scope="col"><liferay-ui:message key="required-attendance-percent" /></th>

						<c:if test="<%= trainingMethodsDisplayContext.isShowAddTrainingMethodButton() %>">
							<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
						</c:if>
					</tr>
				</thead>
				<tbody>

					<%
					for (TrainingMethod trainingMethod : trainingMethods) {
						String name = trainingMethodsDisplayContext.getName(trainingMethod);
					%>

						<tr>
							<th class="table-cell-expand-smaller" scope="row"><%= HtmlUtil.escape(name) %></th>
							<td class="table-cell-expand"><%= HtmlUtil.escape(trainingMethodsDisplayContext.getDescription(trainingMethod)) %></td>
							<td class="text-right"><%= trainingMethod.getInstructorsPerSession() %></td>
							<td class="text-right"><%= trainingMethod.getRequiredAttendancePercent() %>&nbsp;%</td>

							<c:if test="<%= trainingMethodsDisplayContext.isShowAddTrainingMethodButton() %>">
								<td>
									<a href="<%= HtmlUtil.escapeHREF(trainingMethodsDisplayContext.getEditTrainingMethodURL(trainingMethod)) %>"><liferay-ui:message key="edit" /><span class="sr-only"> <%= HtmlUtil.escape(name) %></span></a>
								</td>
							</c:if>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>

			<c:if test="<%= pagination.isShow() %>">
				<nav aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "pages")) %>">
					<ul class="pagination">

						<%
						for (Pagination.Page paginationPage : pagination.getPages()) {
						%>

							<li class="page-item<%= paginationPage.isCurrent() ? " active" : "" %>">
								<a <%= paginationPage.isCurrent() ? "aria-current=\"page\"" : "" %> class="page-link" href="<%= HtmlUtil.escapeHREF(paginationPage.getURL()) %>"><span class="sr-only"><liferay-ui:message key="page" /> </span><%= paginationPage.getNumber() %></a>
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
