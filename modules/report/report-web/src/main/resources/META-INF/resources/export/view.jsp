<%@ include file="/init.jsp" %>

<%@ page import="com.liferay.portal.kernel.servlet.SessionMessages" %>

<%@ page import="java.util.Map" %>

<%@ page import="se.livsviktig.report.export.ReportExportMappingRow" %><%@
page import="se.livsviktig.report.web.internal.display.context.ExportDisplayContext" %><%@
page import="se.livsviktig.report.web.internal.portlet.action.EditExportMappingMVCActionCommand" %>

<%
ExportDisplayContext exportDisplayContext = (ExportDisplayContext)request.getAttribute(ReportWebKeys.EXPORT_DISPLAY_CONTEXT);

List<ReportExportMappingRow> rows = exportDisplayContext.getRows();
%>

<clay:container-fluid cssClass="livsviktig-report-export">
	<h2><liferay-ui:message key="export-the-report" /></h2>

	<p class="text-secondary"><liferay-ui:message key="export-help" /></p>

	<form action="<%= HtmlUtil.escapeAttribute(exportDisplayContext.getCsvURL()) %>" method="post">
		<div class="form-group">
			<label for="<portlet:namespace />year"><liferay-ui:message key="export-year" /></label>

			<select class="form-control" id="<portlet:namespace />year" name="<portlet:namespace />year">

				<%
				List<Integer> years = exportDisplayContext.getYears();

				for (Integer year : years) {
				%>

					<option <%= year.equals(years.get(0)) ? "selected" : "" %> value="<%= year %>"><%= year %></option>

				<%
				}
				%>

			</select>
		</div>

		<button class="btn btn-secondary" type="submit"><liferay-ui:message key="download-csv" /></button>

		<button class="btn btn-secondary" formaction="<%= HtmlUtil.escapeAttribute(exportDisplayContext.getXlsxURL()) %>" type="submit"><liferay-ui:message key="download-xlsx" /></button>
	</form>

	<h3 class="mt-4"><liferay-ui:message key="export-mapping" /></h3>

	<p class="text-secondary"><liferay-ui:message key="export-mapping-help" /></p>

	<c:if test="<%= !exportDisplayContext.getErrorMessageKeys().isEmpty() %>">
		<div id="<portlet:namespace />errorSummary" tabindex="-1">
			<clay:alert displayType="danger" title="export-correct-the-following">
				<ul class="mb-0">

					<%
					for (String errorMessageKey : exportDisplayContext.getErrorMessageKeys()) {
					%>

						<li><a href="#<portlet:namespace />mappingTable"><liferay-ui:message key="<%= errorMessageKey %>" /></a></li>

					<%
					}
					%>

				</ul>
			</clay:alert>
		</div>

		<script>
			document.getElementById('<portlet:namespace />errorSummary').focus();
		</script>
	</c:if>

	<c:if test="<%= SessionMessages.contains(renderRequest, EditExportMappingMVCActionCommand.MAPPING_SAVED) %>">
		<clay:alert displayType="success" message="export-mapping-saved" title="export-alert-success" />
	</c:if>

	<c:choose>
		<c:when test="<%= exportDisplayContext.isDraft() %>">
			<clay:alert displayType="warning" message="export-mapping-is-a-draft" title="export-alert-warning" />
		</c:when>
		<c:when test="<%= !exportDisplayContext.isSavedMapping() %>">
			<clay:alert displayType="info" message="export-mapping-is-the-default" title="export-alert-info" />
		</c:when>
	</c:choose>

	<form action="<%= HtmlUtil.escapeAttribute(exportDisplayContext.getEditURL()) %>" method="post">
		<input name="<portlet:namespace />rowCount" type="hidden" value="<%= rows.size() %>" />

		<c:choose>
			<c:when test="<%= rows.isEmpty() %>">
				<p><liferay-ui:message key="export-no-lines" /></p>
			</c:when>
			<c:otherwise>
				<table class="table" id="<portlet:namespace />mappingTable">
					<caption class="sr-only"><liferay-ui:message key="export-mapping" /></caption>

					<thead>
						<tr>
							<th scope="col">#</th>
							<th scope="col"><liferay-ui:message key="export-line" /></th>
							<th scope="col"><liferay-ui:message key="export-figure" /></th>
							<th scope="col"><liferay-ui:message key="export-training-method" /></th>
							<th scope="col"><liferay-ui:message key="export-sex" /></th>
							<th scope="col"><span class="sr-only"><liferay-ui:message key="export-actions" /></span></th>
						</tr>
					</thead>

					<tbody>

						<%
						for (int i = 0; i < rows.size(); i++) {
							ReportExportMappingRow row = rows.get(i);

							String lineNumber = String.valueOf(i + 1);
						%>

							<tr>
								<td><%= i + 1 %></td>
								<td>
									<label class="sr-only" for="<portlet:namespace />label<%= i %>"><liferay-ui:message arguments="<%= lineNumber %>" key="text-of-line-x" /></label>

									<input class="form-control" id="<portlet:namespace />label<%= i %>" maxlength="500" name="<portlet:namespace />label<%= i %>" type="text" value="<%= HtmlUtil.escapeAttribute(row.getLabel()) %>" />
								</td>
								<td>
									<label class="sr-only" for="<portlet:namespace />figureKey<%= i %>"><liferay-ui:message arguments="<%= lineNumber %>" key="figure-of-line-x" /></label>

									<select class="form-control" id="<portlet:namespace />figureKey<%= i %>" name="<portlet:namespace />figureKey<%= i %>">

										<%
										List<Map.Entry<String, String>> options = exportDisplayContext.getFigureOptions();
										String selectedValue = row.getFigureKey();
										%>

										<%@ include file="/export/options.jspf" %>
									</select>
								</td>
								<td>
									<label class="sr-only" for="<portlet:namespace />trainingMethodId<%= i %>"><liferay-ui:message arguments="<%= lineNumber %>" key="training-method-of-line-x" /></label>

									<select class="form-control" id="<portlet:namespace />trainingMethodId<%= i %>" name="<portlet:namespace />trainingMethodId<%= i %>">

										<%
										options = exportDisplayContext.getTrainingMethodOptions();
										selectedValue = String.valueOf(row.getTrainingMethodId());
										%>

										<%@ include file="/export/options.jspf" %>
									</select>
								</td>
								<td>
									<label class="sr-only" for="<portlet:namespace />sex<%= i %>"><liferay-ui:message arguments="<%= lineNumber %>" key="sex-of-line-x" /></label>

									<select class="form-control" id="<portlet:namespace />sex<%= i %>" name="<portlet:namespace />sex<%= i %>">

										<%
										options = exportDisplayContext.getSexOptions();
										selectedValue = row.getSex();
										%>

										<%@ include file="/export/options.jspf" %>
									</select>
								</td>
								<td class="text-nowrap">
									<c:if test="<%= i > 0 %>">
										<button class="btn btn-monospaced btn-secondary btn-sm" name="<portlet:namespace />operation" title="<%= HtmlUtil.escapeAttribute(LanguageUtil.format(request, "move-line-x-up", lineNumber)) %>" type="submit" value="up-<%= i %>">
											<clay:icon symbol="angle-up" />
											<span class="sr-only"><liferay-ui:message arguments="<%= lineNumber %>" key="move-line-x-up" /></span>
										</button>
									</c:if>

									<c:if test="<%= i < (rows.size() - 1) %>">
										<button class="btn btn-monospaced btn-secondary btn-sm" name="<portlet:namespace />operation" title="<%= HtmlUtil.escapeAttribute(LanguageUtil.format(request, "move-line-x-down", lineNumber)) %>" type="submit" value="down-<%= i %>">
											<clay:icon symbol="angle-down" />
											<span class="sr-only"><liferay-ui:message arguments="<%= lineNumber %>" key="move-line-x-down" /></span>
										</button>
									</c:if>

									<button class="btn btn-monospaced btn-secondary btn-sm" name="<portlet:namespace />operation" title="<%= HtmlUtil.escapeAttribute(LanguageUtil.format(request, "remove-line-x", lineNumber)) %>" type="submit" value="remove-<%= i %>">
										<clay:icon symbol="times" />
										<span class="sr-only"><liferay-ui:message arguments="<%= lineNumber %>" key="remove-line-x" /></span>
									</button>
								</td>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</c:otherwise>
		</c:choose>

		<div class="sheet-footer">
			<button class="btn btn-primary" name="<portlet:namespace />operation" type="submit" value="save"><liferay-ui:message key="save-the-lines" /></button>

			<button class="btn btn-secondary" name="<portlet:namespace />operation" type="submit" value="add"><liferay-ui:message key="add-a-line" /></button>
		</div>
	</form>
</clay:container-fluid>
